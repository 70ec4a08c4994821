// The rule catalogue. Messages are ICU MessageFormat patterns over the
// finding's params; `field_label` is added in the message's language.
#include <introcheck/rules.hpp>

#include <algorithm>
#include <unordered_map>

namespace introcheck {
namespace {

using S = Severity;

#define PERSON_FIELD_NB "{field, select, duf_number {DUF-nummeret} other {Fødselsnummeret}}"
#define PERSON_FIELD_NN "{field, select, duf_number {DUF-nummeret} other {Fødselsnummeret}}"
#define PERSON_FIELD_EN "{field, select, duf_number {The DUF number} other {The person id}}"

constexpr RuleInfo catalogue[] = {
    // Record checks.
    {"IC001", S::error, "Person id or DUF number invalid", "Ugyldig fødselsnummer, D-nummer eller DUF-nummer",
     "Folkeregisterloven § 2-2 (fødselsnummer, D-nummer); UDI DUF-nummer; IMDi: NIR identifiserer deltakere med disse",
     PERSON_FIELD_NB " {reason, select, length {har feil lengde} non_digit {inneholder tegn som ikke er sifre} "
     "date {har en umulig fødselsdato} k1 {har feil (første) kontrollsiffer} k2 {har feil andre kontrollsiffer} "
     "not_nir_id {er et H-nummer, som NIR ikke bruker} wrong_kind {er ikke et nummer av riktig type for feltet} "
     "other {er ugyldig}}. Rett nummeret i fagsystemet.",
     PERSON_FIELD_NN " {reason, select, length {har feil lengd} non_digit {inneheld teikn som ikkje er siffer} "
     "date {har ein umogleg fødselsdato} k1 {har feil (første) kontrollsiffer} k2 {har feil andre kontrollsiffer} "
     "not_nir_id {er eit H-nummer, som NIR ikkje bruker} wrong_kind {er ikkje eit nummer av rett type for feltet} "
     "other {er ugyldig}}. Rett nummeret i fagsystemet.",
     PERSON_FIELD_EN " {reason, select, length {has the wrong length} non_digit {contains characters that are not digits} "
     "date {has an impossible birth date} k1 {has a wrong (first) check digit} k2 {has a wrong second check digit} "
     "not_nir_id {is an H-nummer, which NIR does not use} wrong_kind {is not a number of the kind this field holds} "
     "other {is invalid}}. Correct it in the case system."},
    {"IC002", S::error, "Synthetic test id", "Syntetisk testnummer",
     "Skatteetaten: syntetiske testidenter (Tenor, NAV/Dolly, SyntPop) finnes ikke i Folkeregisteret",
     PERSON_FIELD_NB " er et syntetisk testnummer og kan ikke overføres til NIR.",
     PERSON_FIELD_NN " er eit syntetisk testnummer og kan ikkje overførast til NIR.",
     PERSON_FIELD_EN " is a synthetic test id and cannot be transferred to NIR."},
    {"IC003", S::error, "Category missing or unknown", "Kategori mangler eller er ukjent",
     "Introduksjonsloven § 2 / integreringsloven § 8 (rett og plikt, kan tilbys); NIRs kategorier",
     "{state, select, missing {Kategori mangler.} other {Ukjent kategori «{value}».}} Bruk «Rett og plikt introduksjonsprogram» eller «Kan tilbys introduksjonsprogram».",
     "{state, select, missing {Kategori manglar.} other {Ukjend kategori «{value}».}} Bruk «Rett og plikt introduksjonsprogram» eller «Kan tilbys introduksjonsprogram».",
     "{state, select, missing {The category is missing.} other {Unknown category «{value}».}} Use rett_og_plikt or kan_tilbys."},
    {"IC004", S::error, "Municipality code not valid during the participation", "Kommunekode ikke gyldig i deltakelsesperioden",
     "SSB KLASS 131 kommuneinndeling; IMDi: resultater telles for oppfølgingskommunen",
     "{state, select, malformed {{field_label} «{value}» er ikke en kommunekode.} unknown {{field_label} er 9999 (uoppgitt), som ikke kan være oppfølgingskommune.} "
     "protected {Bostedskommunen er ikke gyldig i deltakelsesperioden (adressen er skjermet).} "
     "other {{field_label} {value} var ikke gyldig på noen dag i deltakelsen, og er ikke etterfølger av en kommune som var det.}}",
     "{state, select, malformed {{field_label} «{value}» er ikkje ein kommunekode.} unknown {{field_label} er 9999 (uoppgitt), som ikkje kan vere oppfølgingskommune.} "
     "protected {Bustadkommunen er ikkje gyldig i deltakingsperioden (adressa er skjerma).} "
     "other {{field_label} {value} var ikkje gyldig nokon dag i deltakinga, og er ikkje etterfølgjar av ein kommune som var det.}}",
     "{state, select, malformed {{field_label} «{value}» is not a municipality code.} unknown {{field_label} is 9999 (unknown), which cannot be a follow-up municipality.} "
     "protected {The residence municipality is not valid during the participation (the address is protected).} "
     "other {{field_label} {value} was valid on no day of the participation and is no successor of a code that was.}}"},
    {"IC005", S::error, "District not valid for its municipality", "Bydel ikke gyldig for kommunen",
     "SSB KLASS 103 bydelsinndeling",
     "{state, select, malformed {{field_label} «{value}» er ikke en bydelskode.} protected {Bostedsbydelen er ikke gyldig (adressen er skjermet).} "
     "other {{field_label} {value} er ikke en gyldig bydel i kommune {municipality_code} i deltakelsesperioden.}}",
     "{state, select, malformed {{field_label} «{value}» er ikkje ein bydelskode.} protected {Bustadbydelen er ikkje gyldig (adressa er skjerma).} "
     "other {{field_label} {value} er ikkje ein gyldig bydel i kommune {municipality_code} i deltakingsperioden.}}",
     "{state, select, malformed {{field_label} «{value}» is not a district code.} protected {The residence district is not valid (the address is protected).} "
     "other {{field_label} {value} is not a valid district of municipality {municipality_code} during the participation.}}"},
    {"IC006", S::error, "Required field missing or field invalid", "Påkrevd felt mangler eller felt er ugyldig",
     "NIRs importformat; IMDi: veiledning for registrering i NIR",
     "{state, select, missing {{field_label} mangler, men er påkrevd.} other {{field_label} har ugyldig verdi «{value}»{expected, select, date { (forventet dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)} "
     "leave_days { (forventet heltall 0–730)} hours { (forventet tall 0–60)} boolean { (forventet ja/nei)} legal_basis { (forventet introduksjonsloven eller integreringsloven)} other {}}.}}",
     "{state, select, missing {{field_label} manglar, men er påkravd.} other {{field_label} har ugyldig verdi «{value}»{expected, select, date { (venta dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)} "
     "leave_days { (venta heiltal 0–730)} hours { (venta tal 0–60)} boolean { (venta ja/nei)} legal_basis { (venta introduksjonsloven eller integreringsloven)} other {}}.}}",
     "{state, select, missing {{field_label} is missing but required.} other {{field_label} has the invalid value «{value}»{expected, select, date { (expected a date YYYY-MM-DD or DD.MM.YYYY)} "
     "leave_days { (expected a whole number 0–730)} hours { (expected a number 0–60)} boolean { (expected yes/no)} legal_basis { (expected introduksjonsloven or integreringsloven)} other {}}.}}"},
    {"IC007", S::error, "End date before start date", "Sluttdato før startdato", "Logisk kontroll",
     "Sluttdato {end_date, date, ::dMMMMy} er før startdato {start_date, date, ::dMMMMy}.",
     "Sluttdato {end_date, date, ::dMMMMy} er før startdato {start_date, date, ::dMMMMy}.",
     "The end date {end_date, date, ::dMMMMy} is before the start date {start_date, date, ::dMMMMy}."},
    {"IC008", S::error, "Unknown end reason", "Ukjent avslutningsårsak", "NIRs liste over avslutningsårsaker (IMDi)",
     "Ukjent avslutningsårsak «{value}». Bruk en kode eller betegnelse fra NIRs liste.",
     "Ukjend avslutningsårsak «{value}». Bruk ein kode eller ei nemning frå lista til NIR.",
     "Unknown end reason «{value}». Use a code or label from NIR's list."},
    {"IC009", S::error, "Unknown measure code", "Ukjent tiltak", "NIRs liste over tiltak (IMDi)",
     "Ukjent tiltak «{value}». Bruk en kode eller betegnelse fra NIRs liste.",
     "Ukjent tiltak «{value}». Bruk ein kode eller ei nemning frå lista til NIR.",
     "Unknown measure «{value}». Use a code or label from NIR's list."},
    {"IC010", S::error, "Duplicate case_id", "Saksnummeret er brukt flere ganger", "Logisk kontroll: hver deltakelse har én nøkkel",
     "Saksnummeret {case_id} er også brukt på linje {first_line}. Hver deltakelse må ha sitt eget saksnummer.",
     "Saksnummeret {case_id} er òg brukt på linje {first_line}. Kvar deltaking må ha sitt eige saksnummer.",
     "The case_id {case_id} is also used on line {first_line}. Each participation needs its own case_id."},
    {"IC011", S::error, "Measure for an unknown participation", "Tiltak uten deltakelse", "Logisk kontroll",
     "Tiltaket hører til saksnummer «{case_id}», som ikke finnes blant deltakelsene.",
     "Tiltaket høyrer til saksnummer «{case_id}», som ikkje finst blant deltakingane.",
     "The measure belongs to case_id «{case_id}», which is not among the participations."},
    {"IC012", S::error, "End reason without end date", "Avslutningsårsak uten sluttdato", "IMDi: avslutning registreres med dato og årsak",
     "Avslutningsårsak er registrert uten sluttdato. Registrer sluttdatoen, eller fjern årsaken hvis deltakeren fortsatt er i program.",
     "Avslutningsårsak er registrert utan sluttdato. Registrer sluttdatoen, eller fjern årsaka dersom deltakaren framleis er i program.",
     "An end reason is registered without an end date. Register the end date, or remove the reason if the participant is still in the program."},
    {"IC013", S::warning, "Date after the as-of date", "Dato etter kontrolldatoen", "Logisk kontroll: hendelser registreres når de har skjedd",
     "{field_label} {value, date, ::dMMMMy} er etter kontrolldatoen {as_of, date, ::dMMMMy}.",
     "{field_label} {value, date, ::dMMMMy} er etter kontrolldatoen {as_of, date, ::dMMMMy}.",
     "{field_label} {value, date, ::dMMMMy} is after the as-of date {as_of, date, ::dMMMMy}."},
    {"IC014", S::error, "Measure ends before it starts", "Tiltak slutter før det starter", "Logisk kontroll",
     "Tiltaket slutter {end_date, date, ::dMMMMy}, før det starter {start_date, date, ::dMMMMy}.",
     "Tiltaket sluttar {end_date, date, ::dMMMMy}, før det startar {start_date, date, ::dMMMMy}.",
     "The measure ends {end_date, date, ::dMMMMy}, before it starts {start_date, date, ::dMMMMy}."},
    {"IC015", S::warning, "Leading zero restored", "Ledende null gjenopprettet", "Vanlig regnearkskade i eksporter",
     "{field_label} «{original}» manglet ledende null (regnearkskade) og er lest som {value}. Rett eksporten.",
     "{field_label} «{original}» mangla leiande null (rekneark-skade) og er lesen som {value}. Rett eksporten.",
     "{field_label} «{original}» lost its leading zero (spreadsheet damage) and was read as {value}. Fix the export."},

    // Year-end checks.
    {"IC101", S::error, "Ended without end reason", "Avsluttet uten avslutningsårsak",
     "IMDi: avslutningsårsak for alle som avsluttet i året registreres i NIR innen fristen",
     "Deltakeren avsluttet {end_date, date, ::dMMMMy} uten registrert avslutningsårsak («avslutningsårsak ikke registrert» i NIR). Registrer årsaken før fristen.",
     "Deltakaren avslutta {end_date, date, ::dMMMMy} utan registrert avslutningsårsak («avslutningsårsak ikkje registrert» i NIR). Registrer årsaka før fristen.",
     "The participant ended on {end_date, date, ::dMMMMy} without an end reason («avslutningsårsak ikke registrert» in NIR). Register the reason before the deadline."},
    {"IC102", S::error, "No measure in the year", "Ingen tiltak i året",
     "IMDi: tiltak for alle som deltok i året registreres i NIR innen fristen",
     "Deltakeren var i program i {year, number, ::group-off}, men har ingen tiltak i {year, number, ::group-off}. Registrer tiltakene.",
     "Deltakaren var i program i {year, number, ::group-off}, men har ingen tiltak i {year, number, ::group-off}. Registrer tiltaka.",
     "The participant took part in {year, number, ::group-off} but has no measure in {year, number, ::group-off}. Register the measures."},
    {"IC103", S::warning, "Ended as moved while still in the program", "Avsluttet med «flyttet», men fortsatt i program",
     "IMDi: kjent feil i NIR der deltakere avsluttes med «flyttet» mens de fortsatt er i program",
     "Avsluttet {end_date, date, ::dMMMMy} med årsak «flyttet», men deltakeren er tydeligvis fortsatt i program: "
     "{evidence, select, open_measure {tiltaket {measure} er fortsatt åpent} restart {ny deltakelse {other_case_id} startet {other_start, date, ::dMMMMy} i samme kommune} "
     "other {tiltaket {measure} varer til {measure_end, date, ::dMMMMy}}}. Slett den feilaktige avslutningen; registrer riktig årsak hvis deltakeren faktisk avsluttet i {year, number, ::group-off}.",
     "Avslutta {end_date, date, ::dMMMMy} med årsak «flytta», men deltakaren er tydelegvis framleis i program: "
     "{evidence, select, open_measure {tiltaket {measure} er framleis ope} restart {ny deltaking {other_case_id} starta {other_start, date, ::dMMMMy} i same kommune} "
     "other {tiltaket {measure} varer til {measure_end, date, ::dMMMMy}}}. Slett den feilaktige avsluttinga; registrer rett årsak dersom deltakaren faktisk avslutta i {year, number, ::group-off}.",
     "Ended on {end_date, date, ::dMMMMy} with reason «flyttet», but the participant evidently stayed in the program: "
     "{evidence, select, open_measure {measure {measure} is still open} restart {a new participation {other_case_id} started {other_start, date, ::dMMMMy} in the same municipality} "
     "other {measure {measure} runs until {measure_end, date, ::dMMMMy}}}. Delete the wrong end registration; register the right end reason if the participant did end in {year, number, ::group-off}."},
    {"IC104", S::warning, "Measure outside its participation", "Tiltak utenfor deltakelsen", "Logisk kontroll",
     "Tiltaket {measure} fra {start_date, date, ::dMMMMy} ligger helt eller delvis utenfor deltakelsesperioden.",
     "Tiltaket {measure} frå {start_date, date, ::dMMMMy} ligg heilt eller delvis utanfor deltakingsperioden.",
     "Measure {measure} from {start_date, date, ::dMMMMy} lies partly or wholly outside its participation."},
    {"IC105", S::error, "Overlapping participations", "Overlappende deltakelser", "Introduksjonsloven/integreringsloven: én deltakelse om gangen",
     "Personen har en annen deltakelse ({other_case_id}, fra {other_start, date, ::dMMMMy}) som overlapper denne.",
     "Personen har ei anna deltaking ({other_case_id}, frå {other_start, date, ::dMMMMy}) som overlappar denne.",
     "The person has another participation ({other_case_id}, from {other_start, date, ::dMMMMy}) that overlaps this one."},
    {"IC106", S::warning, "Program longer than the normal length without extension", "Programmet er lengre enn normalt uten utvidelse",
     "Introduksjonsloven § 5 (inntil to år, tre år ved særlige grunner) / integreringsloven § 13",
     "Programmet varer til {until, date, ::dMMMMy}, lenger enn {limit_years, plural, one {# år} other {# år}} pluss {leave_days, plural, one {# dag} other {# dager}} permisjon (til {limit_date, date, ::dMMMMy}), uten at det er utvidet.",
     "Programmet varer til {until, date, ::dMMMMy}, lenger enn {limit_years, plural, one {# år} other {# år}} pluss {leave_days, plural, one {# dag} other {# dagar}} permisjon (til {limit_date, date, ::dMMMMy}), utan at det er utvida.",
     "The program runs until {until, date, ::dMMMMy}, longer than {limit_years, plural, one {# year} other {# years}} plus {leave_days, plural, one {# day} other {# days}} of leave (until {limit_date, date, ::dMMMMy}), without an extension."},
    {"IC107", S::error, "Program longer than the maximum length", "Programmet er lengre enn maksimal lengde",
     "Introduksjonsloven § 5 / integreringsloven § 13",
     "Programmet varer til {until, date, ::dMMMMy}, lenger enn {limit_years, plural, one {# år} other {# år}} pluss {leave_days, plural, one {# dag} other {# dager}} permisjon (til {limit_date, date, ::dMMMMy}).",
     "Programmet varer til {until, date, ::dMMMMy}, lenger enn {limit_years, plural, one {# år} other {# år}} pluss {leave_days, plural, one {# dag} other {# dagar}} permisjon (til {limit_date, date, ::dMMMMy}).",
     "The program runs until {until, date, ::dMMMMy}, longer than {limit_years, plural, one {# year} other {# years}} plus {leave_days, plural, one {# day} other {# days}} of leave (until {limit_date, date, ::dMMMMy})."},
    {"IC108", S::warning, "Age outside the range for rett og plikt", "Alder utenfor rett og plikt",
     "Introduksjonsloven § 2 (18–55 år) / integreringsloven § 8",
     "Deltakeren var {age, plural, one {# år} other {# år}} ved start, men kategorien «rett og plikt» gjelder fra {min_age} til og med {max_age_incl} år.",
     "Deltakaren var {age, plural, one {# år} other {# år}} ved start, men kategorien «rett og plikt» gjeld frå {min_age} til og med {max_age_incl} år.",
     "The participant was {age, plural, one {# year} other {# years}} old at the start, but «rett og plikt» applies from {min_age} to {max_age_incl}."},
    {"IC109", S::warning, "Start long after settlement for rett og plikt", "Start lenge etter bosetting for rett og plikt",
     "Introduksjonsloven § 2 (rett og plikt gjelder nylig bosatte)",
     "Start {start_date, date, ::dMMMMy} er mer enn {limit_years, plural, one {# år} other {# år}} etter bosetting {settlement_date, date, ::dMMMMy}, men kategorien er «rett og plikt».",
     "Start {start_date, date, ::dMMMMy} er meir enn {limit_years, plural, one {# år} other {# år}} etter busetjing {settlement_date, date, ::dMMMMy}, men kategorien er «rett og plikt».",
     "The start {start_date, date, ::dMMMMy} is more than {limit_years, plural, one {# year} other {# years}} after settlement {settlement_date, date, ::dMMMMy}, but the category is «rett og plikt»."},
    {"IC110", S::warning, "Gap between measures", "Opphold mellom tiltak",
     "IMDi: tiltak for hele deltakelsen registreres; deltakere har fem ukers ferie",
     "Ingen tiltak fra {gap_start, date, ::dMMMMy} til {gap_end, date, ::dMMMMy} ({gap_days, plural, one {# dag} other {# dager}}) før tiltakene fortsetter. Mangler det tiltak?",
     "Ingen tiltak frå {gap_start, date, ::dMMMMy} til {gap_end, date, ::dMMMMy} ({gap_days, plural, one {# dag} other {# dagar}}) før tiltaka held fram. Manglar det tiltak?",
     "No measure from {gap_start, date, ::dMMMMy} to {gap_end, date, ::dMMMMy} ({gap_days, plural, one {# day} other {# days}}) before measures resume. Are measures missing?"},
    {"IC111", S::warning, "Open participation without recent measures", "Åpen deltakelse uten nylige tiltak",
     "IMDi: avslutning registreres når programmet avsluttes",
     "Deltakelsen er åpen, men har ingen tiltak de siste {days, plural, one {# dagen} other {# dagene}} fram til {cutoff, date, ::dMMMMy}. Er programmet avsluttet? Registrer sluttdato og avslutningsårsak.",
     "Deltakinga er open, men har ingen tiltak dei siste {days, plural, one {# dagen} other {# dagane}} fram til {cutoff, date, ::dMMMMy}. Er programmet avslutta? Registrer sluttdato og avslutningsårsak.",
     "The participation is open but has no measure in the last {days, plural, one {# day} other {# days}} up to {cutoff, date, ::dMMMMy}. Has the program ended? Register the end date and reason."},

    // Attribution, transfer and special cases.
    {"IC201", S::info, "Residence differs from the follow-up municipality", "Bosted er et annet enn oppfølgingskommunen",
     "IMDi/SSB: resultatene telles for oppfølgingskommunen",
     "Bosted {residence} er et annet enn oppfølging {follow_up}. NIR teller resultatet for oppfølgingskommunen.",
     "Bustad {residence} er ein annan enn oppfølging {follow_up}. NIR tel resultatet for oppfølgingskommunen.",
     "Residence {residence} differs from follow-up {follow_up}. NIR counts the result for the follow-up municipality."},
    {"IC202", S::info, "Protected address", "Skjermet adresse",
     "Folkeregisterloven § 10-4 (adressesperre); IMDi: holdes utenfor resultatoversikten",
     "Personen har skjermet adresse og holdes utenfor kommunens resultatoversikt.",
     "Personen har skjerma adresse og blir halden utanfor resultatoversikta til kommunen.",
     "The person has a protected address and is left out of the municipality's result overview."},
    {"IC203", S::warning, "Municipality in a reform: transfer may be closed", "Kommunen er i en reform: overføring kan være stengt",
     "IMDi: kommuner i kommunereform kan ikke overføre fra fagsystem i begynnelsen av januar",
     "Kommune {municipality} er berørt av endringene {reform_date, date, ::dMMMMy}. Overføring fra fagsystemet kan være stengt i begynnelsen av januar; registrer direkte i NIR før fristen {deadline, date, ::dMMMMy}.",
     "Kommune {municipality} er rørt av endringane {reform_date, date, ::dMMMMy}. Overføring frå fagsystemet kan vere stengd i byrjinga av januar; registrer direkte i NIR før fristen {deadline, date, ::dMMMMy}.",
     "Municipality {municipality} is changed on {reform_date, date, ::dMMMMy}. Transfer from the case system may be closed in early January; register directly in NIR before the deadline {deadline, date, ::dMMMMy}."},
    {"IC204", S::warning, "Municipality code no longer valid", "Kommunekoden er ikke lenger gyldig", "SSB KLASS 131 endringer",
     "Kommunekoden {municipality} i {count, plural, one {# deltakelse} other {# deltakelser}} er ikke gyldig {as_of, date, ::dMMMMy}; gjeldende kode: {successors}.",
     "Kommunekoden {municipality} i {count, plural, one {# deltaking} other {# deltakingar}} er ikkje gyldig {as_of, date, ::dMMMMy}; gjeldande kode: {successors}.",
     "The municipality code {municipality} in {count, plural, one {# participation} other {# participations}} is not valid on {as_of, date, ::dMMMMy}; current code: {successors}."},
    {"IC205", S::info, "Extended under the covid-19 rules", "Forlenget etter covid-19-reglene",
     "Midlertidige covid-19-regler; IMDi: NIR avslutter selv, registrer ikke årsak",
     "Programmet er forlenget etter de midlertidige covid-19-reglene. NIR avslutter det selv etter tre år med «avslutningsårsak ikke registrert»; IMDi ber om at avslutningsårsak ikke registreres.",
     "Programmet er forlengt etter dei mellombelse covid-19-reglane. NIR avsluttar det sjølv etter tre år med «avslutningsårsak ikkje registrert»; IMDi ber om at avslutningsårsak ikkje blir registrert.",
     "The program is extended under the temporary covid-19 rules. NIR ends it itself after three years with «avslutningsårsak ikke registrert»; IMDi asks that no end reason be registered."},

    // Reconciliation against NIR's report "Deltakere som har avsluttet introduksjonsprogram".
    {"IC401", S::error, "Ended in NIR but not in the case system", "Avsluttet i NIR, men ikke i fagsystemet",
     "IMDi: kontroller rapporten «Deltakere som har avsluttet introduksjonsprogram» mot fagsystemet",
     "NIR viser deltakeren som avsluttet{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (uten avslutningsdato)}}, men i fagsystemet {state, select, other_year {avsluttet deltakeren {case_end_date, date, ::dMMMMy}} other {er deltakeren fortsatt i program}}. "
     "{nir_reason, select, flyttet {Dette er en kjent feil i NIR: slett den feilaktige avslutningen direkte i NIR, og registrer riktig avslutningsårsak hvis deltakeren faktisk avsluttet i {year, number, ::group-off}.} other {Rett avslutningen i NIR eller i fagsystemet.}}",
     "NIR viser deltakaren som avslutta{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (utan avslutningsdato)}}, men i fagsystemet {state, select, other_year {avslutta deltakaren {case_end_date, date, ::dMMMMy}} other {er deltakaren framleis i program}}. "
     "{nir_reason, select, flyttet {Dette er ein kjend feil i NIR: slett den feilaktige avsluttinga direkte i NIR, og registrer rett avslutningsårsak dersom deltakaren faktisk avslutta i {year, number, ::group-off}.} other {Rett avsluttinga i NIR eller i fagsystemet.}}",
     "NIR shows the participant as ended{nir_end, select, known { on {nir_end_date, date, ::dMMMMy}} other { (without an end date)}}, but in the case system {state, select, other_year {the participant ended on {case_end_date, date, ::dMMMMy}} other {the participant is still in the program}}. "
     "{nir_reason, select, flyttet {This is a known NIR fault: delete the wrong end registration directly in NIR, and register the right end reason if the participant did end in {year, number, ::group-off}.} other {Correct the end in NIR or in the case system.}}"},
    {"IC402", S::error, "Ended in the case system but missing from the report", "Avsluttet i fagsystemet, men mangler i rapporten",
     "IMDi: avslutning for alle som avsluttet i året registreres i NIR",
     "Deltakeren avsluttet {end_date, date, ::dMMMMy} i fagsystemet, men er ikke i NIRs rapport: avslutningen er ikke registrert i NIR. Overfør eller registrer den.",
     "Deltakaren avslutta {end_date, date, ::dMMMMy} i fagsystemet, men er ikkje i rapporten frå NIR: avsluttinga er ikkje registrert i NIR. Overfør eller registrer henne.",
     "The participant ended on {end_date, date, ::dMMMMy} in the case system but is not in NIR's report: the end is not registered in NIR. Transfer or register it."},
    {"IC403", S::error, "End reasons differ", "Ulik avslutningsårsak", "IMDi: avslutningsårsak skal stemme mellom NIR og fagsystemet",
     "NIR har avslutningsårsak «{nir_reason}», fagsystemet har «{case_reason}». Rett den som er feil.",
     "NIR har avslutningsårsak «{nir_reason}», fagsystemet har «{case_reason}». Rett den som er feil.",
     "NIR has end reason «{nir_reason}», the case system «{case_reason}». Correct the wrong one."},
    {"IC404", S::warning, "End dates differ", "Ulik avslutningsdato", "IMDi: kontroller rapporten mot fagsystemet",
     "NIR har avslutningsdato {nir_end_date, date, ::dMMMMy}, fagsystemet {case_end_date, date, ::dMMMMy}.",
     "NIR har avslutningsdato {nir_end_date, date, ::dMMMMy}, fagsystemet {case_end_date, date, ::dMMMMy}.",
     "NIR has end date {nir_end_date, date, ::dMMMMy}, the case system {case_end_date, date, ::dMMMMy}."},
    {"IC405", S::warning, "Categories differ", "Ulik kategori", "IMDi: kontroller rapporten mot fagsystemet",
     "NIR har kategori «{nir_category}», fagsystemet «{case_category}».",
     "NIR har kategori «{nir_category}», fagsystemet «{case_category}».",
     "NIR has category «{nir_category}», the case system «{case_category}»."},
    {"IC406", S::error, "End reason not registered in NIR", "Avslutningsårsak ikke registrert i NIR",
     "IMDi: «avslutningsårsak ikke registrert» i rapporten betyr at registreringen ikke kom fram",
     "NIR viser «ikke registrert», men fagsystemet har avslutningsårsak «{case_reason}»: registreringen kom ikke fram til NIR. Overfør eller registrer årsaken.",
     "NIR viser «ikkje registrert», men fagsystemet har avslutningsårsak «{case_reason}»: registreringa kom ikkje fram til NIR. Overfør eller registrer årsaka.",
     "NIR shows «ikke registrert», but the case system has end reason «{case_reason}»: the registration did not reach NIR. Transfer or register the reason."},
    {"IC407", S::warning, "Report row for a person not in the case system", "Person i rapporten finnes ikke i fagsystemet",
     "IMDi: kontroller rapporten mot fagsystemet",
     "NIR viser en deltaker som avsluttet{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (uten avslutningsdato)}}, men personen finnes ikke i fagsystemet{has_name, select, yes { ({name})} other {}}. Finn personen eller rett registreringen i NIR.",
     "NIR viser ein deltakar som avslutta{nir_end, select, known { {nir_end_date, date, ::dMMMMy}} other { (utan avslutningsdato)}}, men personen finst ikkje i fagsystemet{has_name, select, yes { ({name})} other {}}. Finn personen eller rett registreringa i NIR.",
     "NIR shows a participant who ended{nir_end, select, known { on {nir_end_date, date, ::dMMMMy}} other { (without an end date)}}, but the person is not in the case system{has_name, select, yes { ({name})} other {}}. Find the person or correct the registration in NIR."},
    {"IC408", S::info, "Report shows another residence", "Rapporten viser et annet bosted",
     "IMDi/SSB: resultatene telles for oppfølgingskommunen",
     "Rapporten viser bosted {residence}, oppfølging er {follow_up}. Resultatet telles likevel for oppfølgingskommunen.",
     "Rapporten viser bustad {residence}, oppfølging er {follow_up}. Resultatet blir likevel talt for oppfølgingskommunen.",
     "The report shows residence {residence}, follow-up is {follow_up}. The result still counts for the follow-up municipality."},
    {"IC409", S::info, "Protected person in the report", "Person med skjermet adresse i rapporten",
     "IMDi: personer med skjermet adresse holdes utenfor kommunens oversikt",
     "Personen har skjermet adresse i fagsystemet, men står i rapporten. Kontroller adresseregistreringen.",
     "Personen har skjerma adresse i fagsystemet, men står i rapporten. Kontroller adresseregistreringa.",
     "The person has a protected address in the case system but appears in the report. Check the address registration."},
};

}  // namespace

std::span<const RuleInfo> rule_catalogue() { return catalogue; }

const RuleInfo* find_rule(std::string_view id) {
  // Every finding looks its rule up several times (severity, message, counts).
  static const std::unordered_map<std::string_view, const RuleInfo*> by_id = [] {
    std::unordered_map<std::string_view, const RuleInfo*> m;
    for (const auto& r : catalogue) m.emplace(r.id, &r);
    return m;
  }();
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : it->second;
}

}  // namespace introcheck
