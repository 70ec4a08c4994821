// A case system's own columns and codes: the built-in Norwegian header names
// (lib/data/column_aliases.csv) and the configuration's [columns.TABLE] and
// [values.FIELD], as the importer reads them.
#include <doctest/doctest.h>

#include "io/column_names.hpp"
#include <introcheck/config.hpp>
#include <introcheck/environment.hpp>
#include <introcheck/import.hpp>
#include <introcheck/output.hpp>
#include <introcheck/validate.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

using namespace introcheck;

namespace {

const std::string row = "K1;12839010182;kan_tilbys;0301;2023-01-02\n";

ImportOptions options(const Mapping* mapping = nullptr) {
  ImportOptions o;
  o.reference_date = Date(2024, 1, 15);
  o.mapping = mapping;
  return o;
}

Result<Dataset> participants(const std::string& bytes, const Mapping* mapping = nullptr) {
  Dataset d;
  auto r = import_participants(bytes, "p.csv", options(mapping), d);
  if (!r) return r.error();
  return d;
}

Dataset read(const std::string& bytes, const Mapping* mapping = nullptr) {
  auto d = participants(bytes, mapping);
  REQUIRE_MESSAGE(d, (d ? "" : d.error().describe()));
  return std::move(d).value();
}

Config config(const std::string& text) {
  auto c = Config::parse(text, "vendor.conf", Config::defaults());
  REQUIRE_MESSAGE(c, (c ? "" : c.error().describe()));
  return std::move(c).value();
}

Error config_error(const std::string& text) {
  auto c = Config::parse(text, "vendor.conf", Config::defaults());
  REQUIRE_FALSE(c);
  return c.error();
}

std::string field_of(const Dataset& d, std::string_view column) {
  for (const ColumnUse& u : d.participants.column_uses)
    if (u.column == column) return u.field + " by " + std::string(to_string(u.by));
  return "unknown";
}

}  // namespace

TEST_CASE("Norwegian headers map to their fields, case- and accent-insensitively, separators alike") {
  Dataset d = read("SAKSNUMMER;Fødselsnummer;Kategorí;oppfølgingskommune;Startdato\n" + row);
  REQUIRE(d.participations.size() == 1);
  CHECK(d.participations[0].case_id() == "K1");
  CHECK(d.participations[0].person_id().parsed());
  CHECK(d.participations[0].category().value == Category::kan_tilbys);
  CHECK(d.participations[0].follow_up_municipality().value == "0301");
  CHECK(d.participations[0].start_date().value == Date(2023, 1, 2));
  CHECK(d.participants.unknown_columns.empty());
  CHECK(field_of(d, "Kategorí") == "category by alias");  // "í" = "i"

  for (std::string duf : {"DUF-nummer", "duf nummer", "Duf_Nummer", "DUF - nummer"}) {
    Dataset u = read("case_id;" + duf + ";category;follow_up_municipality;start_date\n"
                     "K1;201400000019;kan_tilbys;0301;2023-01-02\n");
    CHECK_MESSAGE(field_of(u, duf) == "duf_number by alias", duf);
  }
  // A field's own name loosely written is an alias too.
  CHECK(field_of(read("Case ID;person_id;category;follow_up_municipality;Start-Date\n" + row), "Start-Date") ==
        "start_date by alias");
}

TEST_CASE("Norwegian letters are letters of their own: å is not a, ø is not o") {
  Dataset d = read("case_id;Fodselsnummer;person_id;category;follow_up_municipality;start_date;Avslutningsarsak\n"
                   "K1;x;12839010182;kan_tilbys;0301;2023-01-02;annet\n");
  CHECK(d.participants.unknown_columns == std::vector<std::string>{"Fodselsnummer", "Avslutningsarsak"});
  CHECK_FALSE(d.has_column(ParticipationField::end_reason));
  Dataset right = read("case_id;person_id;category;follow_up_municipality;start_date;AVSLUTNINGSÅRSAK\n"
                       "K1;12839010182;kan_tilbys;0301;2023-01-02;annet\n");
  CHECK(right.participations[0].end_reason().value == "annet");
}

TEST_CASE("a name that could mean two fields is no alias: it stays an unknown column") {
  Dataset d = read("case_id;person_id;category;follow_up_municipality;start_date;Bydel;Kommune;Dato\n"
                   "K1;12839010182;kan_tilbys;0301;2023-01-02;030101;0301;2023-01-02\n");
  CHECK(d.participants.unknown_columns == std::vector<std::string>{"Bydel", "Kommune", "Dato"});
  CHECK_FALSE(d.has_column(ParticipationField::follow_up_district));
  CHECK_FALSE(d.has_column(ParticipationField::residence_district));
  for (ExportTable t : {ExportTable::participants, ExportTable::measures})
    for (std::string_view bare : {"bydel", "kommune", "dato", "kommunenummer"})
      CHECK_FALSE(detail::alias_field(t, detail::column_key(bare)));

  // An alias table that gives one name two fields is refused, naming its line.
  auto twice = detail::read_column_aliases(
      "table,field,alias\nparticipants,follow_up_district,Bydel\nparticipants,residence_district,bydel\n", "a.csv");
  REQUIRE_FALSE(twice);
  CHECK(twice.error().line == 3);
  CHECK(twice.error().message.find("follow_up_district") != std::string::npos);
  // Nor may an alias take another field's own name.
  CHECK_FALSE(detail::read_column_aliases("table,field,alias\nparticipants,end_date,Start date\n", "a.csv"));
  CHECK_FALSE(detail::read_column_aliases("table,field,alias\nparticipants,shoe_size,Sko\n", "a.csv"));
  CHECK_FALSE(detail::read_column_aliases("table,field,alias\nothers,case_id,Sak\n", "a.csv"));
}

TEST_CASE("every field of both tables has a Norwegian name in the alias table") {
  std::ifstream file(std::string(INTROCHECK_SOURCE_DIR) + "/lib/data/column_aliases.csv");
  std::stringstream text;
  text << file.rdbuf();
  std::set<std::string> named;
  std::string line;
  while (std::getline(text, line)) {
    auto a = line.find(','), b = line.find(',', a + 1);
    named.insert(line.substr(0, b));  // "participants,case_id"
  }
  for (std::size_t f = 0; f < participation_field_count; ++f)
    CHECK_MESSAGE(named.count("participants," + std::string(to_string(static_cast<ParticipationField>(f)))),
                  to_string(static_cast<ParticipationField>(f)));
  for (std::size_t f = 0; f < measure_field_count; ++f)
    CHECK_MESSAGE(named.count("measures," + std::string(to_string(static_cast<MeasureField>(f)))),
                  to_string(static_cast<MeasureField>(f)));
  // And the names the brief of issue 15 lists find their fields.
  const std::pair<const char*, const char*> expected[] = {
      {"fødselsnummer", "person_id"},       {"personnummer", "person_id"},
      {"DUF-nummer", "duf_number"},         {"saksnummer", "case_id"},
      {"kategori", "category"},             {"lovgrunnlag", "legal_basis"},
      {"oppfølgingskommune", "follow_up_municipality"}, {"bostedskommune", "residence_municipality"},
      {"oppfølgingsbydel", "follow_up_district"},       {"bostedsbydel", "residence_district"},
      {"skjermet adresse", "protected_address"},        {"startdato", "start_date"},
      {"sluttdato", "end_date"},            {"avslutningsårsak", "end_reason"},
      {"oppholdsgrunnlag", "permit_ground"}, {"bosettingsdato", "settlement_date"},
      {"permisjonsdager", "leave_days"},    {"utvidelse", "extended"},
      {"utdanning", "education"},           {"sluttmål", "end_goal"}};
  for (auto [alias, field] : expected) {
    auto f = detail::alias_field(ExportTable::participants, detail::column_key(alias));
    REQUIRE_MESSAGE(f, alias);
    CHECK(to_string(static_cast<ParticipationField>(*f)) == field);
  }
  for (auto [alias, field] : {std::pair{"tiltak", "measure"}, {"timer per uke", "hours_per_week"},
                              {"startdato", "start_date"}, {"sluttdato", "end_date"}}) {
    auto f = detail::alias_field(ExportTable::measures, detail::column_key(alias));
    REQUIRE_MESSAGE(f, alias);
    CHECK(to_string(static_cast<MeasureField>(*f)) == field);
  }
}

TEST_CASE("the exact English name wins over an alias; any other two columns for a field are an error") {
  Dataset d = read("case_id;Fødselsnummer;person_id;category;follow_up_municipality;start_date\n"
                   "K1;x;12839010182;kan_tilbys;0301;2023-01-02\n");
  CHECK(d.participations[0].person_id().parsed());
  CHECK(d.participants.unknown_columns == std::vector<std::string>{"Fødselsnummer"});
  Dataset after = read("case_id;person_id;Fødselsnummer;category;follow_up_municipality;start_date\n"
                       "K1;12839010182;x;kan_tilbys;0301;2023-01-02\n");
  CHECK(after.participations[0].person_id().parsed());
  CHECK(after.participants.unknown_columns == std::vector<std::string>{"Fødselsnummer"});

  auto two = participants("case_id;Fødselsnummer;category;Personnummer;follow_up_municipality;start_date\n" + row);
  REQUIRE_FALSE(two);
  CHECK(two.error().file == "p.csv");
  CHECK(two.error().line == 1);
  CHECK(two.error().field == "person_id");
  CHECK(two.error().message.find("'Fødselsnummer' (column 2)") != std::string::npos);
  CHECK(two.error().message.find("'Personnummer' (column 4)") != std::string::npos);

  auto names = participants("case_id;category;CATEGORY;person_id;follow_up_municipality;start_date\n" + row);
  REQUIRE_FALSE(names);
  CHECK(names.error().field == "category");

  Config c = config("[columns.participants]\nPersonnr = person_id\n");
  for (std::string other : {"person_id", "Fødselsnummer"}) {
    auto both = participants("case_id;Personnr;" + other + ";category;follow_up_municipality;start_date\n" + row,
                             &c.mapping);
    REQUIRE_FALSE(both);
    CHECK(both.error().message.find("'Personnr' (column 2) and '" + other + "' (column 3) both mean person_id") !=
          std::string::npos);
  }
}

TEST_CASE("[columns.TABLE] maps a vendor's headers; ignore keeps a column out of the unknown ones") {
  Config c = config("[columns.participants]\n"
                    "Personnr = person_id\n"
                    "Kommunenr = follow_up_municipality   # a bare 'kommune' is no alias, but the vendor knows\n"
                    "bydel = follow_up_district\n"
                    "Merknad = ignore\n"
                    "Sluttdato = settlement_date          # the vendor's own meaning wins over the alias\n"
                    "[columns.measures]\n"
                    "Aktivitet = measure\n");
  Dataset d = read("Saksnr;PERSONNR;Kategori;KOMMUNENR;Bydel;Startdato;Merknad;sluttdato\n"
                   "K1;12839010182;kan_tilbys;0301;030101;2023-01-02;fri tekst;2022-12-01\n",
                   &c.mapping);
  const Participation p = d.participations[0].value();
  CHECK(p.person_id.parsed());
  CHECK(p.follow_up_municipality.value == "0301");
  CHECK(p.follow_up_district.value == "030101");
  CHECK(p.settlement_date.value == Date(2022, 12, 1));
  CHECK(p.end_date.empty());
  CHECK(d.participants.unknown_columns.empty());
  CHECK(field_of(d, "Saksnr") == "case_id by alias");
  CHECK(field_of(d, "PERSONNR") == "person_id by config");
  CHECK(field_of(d, "Merknad") == " by config");  // ignored: no field
  CHECK(d.participants.column_uses.size() == 8);

  Dataset m;
  REQUIRE(import_measures("saksnummer;aktivitet;Fra dato\nK1;norsk;2023-01-02\n", "m.csv", options(&c.mapping), m));
  CHECK(m.measures[0].code().value == "norsk");
  CHECK(m.measures_source.column_uses[1].by == ColumnMatch::config);
}

TEST_CASE("configuration mistakes are errors naming the line") {
  auto at = [](const std::string& text, std::size_t line, std::string_view words) {
    Error e = config_error(text);
    CHECK_MESSAGE(e.file == "vendor.conf", text);
    CHECK_MESSAGE(e.line == line, text);
    CHECK_MESSAGE(e.message.find(words) != std::string::npos, e.describe());
  };
  at("[columns.participants]\nPersonnr = personid\n", 2, "'personid' is not a field of participants.csv");
  at("[columns.measures]\nTimer = hours\n", 2, "not a field of measures.csv");
  at("[columns.participants]\n\nX = end_date\nx = start_date\n", 4, "mapped twice");
  at("[columns.participants]\nend_date = start_date\n", 2, "is the name of the field end_date");
  at("[columns.participants]\ncategory = ignore\n", 2, "is the name of the field category");
  at("[columns.visits]\n", 1, "unknown section");
  at("[values.follow_up_municipality]\n", 1, "names a field with codes");
  at("[values.end_reason]\n = arbeid_heltid\n", 2, "a value is needed");
  at("[values.end_reason]\nAH =\n", 2, "a code is needed");
  at("[values.category]\nRP = rett_plikt\n", 2, "'rett_plikt' is not a code of category (rett_og_plikt, kan_tilbys, rett_6a)");
  at("[values.legal_basis]\nIL = Integreringsloven\n", 2, "not a code of legal_basis");  // a label, not the code
  at("[values.permit_ground]\nF = § 28\n", 2, "not a code of permit_ground");
  at("[values.education]\nVGS = vgs\n", 2, "not a code of education");
  at("[values.protected_address]\nS = skjermet\n", 2, "expected ja or nei");
  at("[values.end_reason]\nAH = arbeid_heltid\n\n# x\nah = arbeid_deltid\n", 5, "mapped twice");
  at("[values.yes_no]\nJ = ja\nj = nei\n", 3, "also on line 2");

  // A replaceable list's code is checked against the list the import uses,
  // and the error names the configuration's line.
  Config c = config("[thresholds]\ngap_days = 42\n[values.end_reason]\nAH = arbeid_heltid\nXX = arbeid_heltidd\n");
  auto r = participants("case_id;person_id;category;follow_up_municipality;start_date\n" + row, &c.mapping);
  REQUIRE_FALSE(r);
  CHECK(r.error().describe() ==
        "vendor.conf:5: XX: 'arbeid_heltidd' is not a code of the end-reason list in use (builtin-1)");
  Config goal = config("[values.end_goal]\nA = jobb\n");
  CHECK_FALSE(participants("case_id;person_id;category;follow_up_municipality;start_date\n" + row, &goal.mapping));
  Config measure = config("[values.measure]\nN = norks\n");
  Dataset m;
  auto bad = import_measures("case_id;measure;start_date\nK1;N;2023-01-02\n", "m.csv", options(&measure.mapping), m);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().line == 2);
}

TEST_CASE("[values.FIELD] reads each list's vendor values as codes before the usual lookup") {
  Config c = config("[values.category]\n"
                    "RP = rett_og_plikt\n"
                    "KT = kan_tilbys\n"
                    "[values.legal_basis]\n"
                    "IL = integreringsloven\n"
                    "[values.permit_ground]\n"
                    "FL = utl_28\n"
                    "[values.education]\n"
                    "VGS = upper_secondary\n"
                    "[values.end_reason]\n"
                    "AH = arbeid_heltid\n"
                    "Årsak 9 = annet\n"
                    "[values.end_goal]\n"
                    "JOBB = arbeid\n"
                    "[values.yes_no]\n"
                    "J = ja\n"
                    "N = nei\n"
                    "[values.protected_address]\n"
                    "S = ja\n"
                    "[values.measure]\n"
                    "NO = norsk\n"
                    "[values.completed]\n"
                    "F = true\n");
  Dataset d = read(
      "case_id;person_id;category;follow_up_municipality;start_date;end_date;legal_basis;permit_ground;education;"
      "end_reason;end_goal;protected_address;extended;children_under_18\n"
      "K1;12839010182;RP;0301;2023-01-02;2023-06-30;IL;FL;VGS;ah;JOBB;S;j;N\n"
      "K2;05878812028;Kan tilbys;0301;2023-01-02;2023-06-30;integreringsloven;utl_35;higher;årsak 9;arbeid;N;nei;\n"
      "K3;05878812028;XX;0301;2023-01-02;2023-06-30;;;;AX;;J;;\n",
      &c.mapping);
  REQUIRE(d.participations.size() == 3);
  const Participation a = d.participations[0].value();
  CHECK(a.category.value == Category::rett_og_plikt);
  CHECK(a.legal_basis.value == LegalBasis::integreringsloven);
  CHECK(a.permit_ground.value == PermitGround::utl_28);
  CHECK(a.education.value == Education::upper_secondary);
  CHECK(a.end_reason.value == "arbeid_heltid");  // "ah" matches "AH"
  CHECK(a.end_goal.value == "arbeid");
  CHECK(a.protected_address.value == true);   // the field's own section
  CHECK(a.extended.value == true);            // yes_no, "j" for "J"
  CHECK(a.children_under_18.value == false);  // yes_no
  CHECK(a.children_under_18.parsed());
  const Participation b = d.participations[1].value();  // codes and labels still read as before
  CHECK(b.category.value == Category::kan_tilbys);
  CHECK(b.permit_ground.value == PermitGround::utl_35);
  CHECK(b.end_reason.value == "annet");  // "årsak 9" matches "Årsak 9" by collation
  CHECK(b.protected_address.value == false);
  const Participation x = d.participations[2].value();  // what nothing maps stays invalid, with its own text
  CHECK(x.category.is_invalid());
  CHECK(x.raw_text(ParticipationField::category) == "XX");
  CHECK(x.end_reason.is_invalid());
  CHECK(x.raw_text(ParticipationField::end_reason) == "AX");
  CHECK(x.protected_address.value == true);

  Dataset m;
  REQUIRE(import_measures("case_id;measure;start_date;completed\nK1;no;2023-01-02;F\nK1;NX;2023-01-02;J\n", "m.csv",
                          options(&c.mapping), m));
  CHECK(m.measures[0].code().value == "norsk");
  CHECK(m.measures[0].completed().value == true);
  CHECK(m.measures[1].code().is_invalid());
  CHECK(m.measures[1].completed().value == true);  // yes_no covers the measures too

  // The summary's record: the mappings for the columns the file has.
  std::vector<std::string> fields;
  for (const ValueUse& u : d.participants.value_uses) fields.push_back(u.field);
  CHECK(fields == std::vector<std::string>{"category", "category", "legal_basis", "permit_ground", "education",
                                           "end_reason", "end_reason", "end_goal", "yes_no", "yes_no",
                                           "protected_address"});
  CHECK(m.measures_source.value_uses.size() == 4);  // yes_no twice, measure, completed
  Dataset few = read("case_id;person_id;category;follow_up_municipality;start_date\n" + row, &c.mapping);
  CHECK(few.participants.value_uses.size() == 2);  // only category's
}

TEST_CASE("a configuration on top of another keeps both mappings; the C ABI's base has none") {
  auto first = Config::parse("[columns.participants]\nPersonnr = person_id\n", "a.conf", Config::defaults());
  REQUIRE(first);
  auto second = Config::parse("[values.category]\nRP = rett_og_plikt\n", "b.conf", first.value());
  REQUIRE(second);
  CHECK(second.value().mapping.columns().size() == 1);
  CHECK(second.value().mapping.values().front().source == "b.conf");
  CHECK(Config::defaults().mapping.empty());
  CHECK(second.value().version != first.value().version);
}

TEST_CASE("the JSON and text summaries say how the columns and values were read") {
  Environment env;
  env.config = config("[columns.participants]\nKat = category\nMerknad = ignore\n[values.category]\nKT = kan_tilbys\n");
  env.allow_synthetic = true;
  ImportOptions o = env.import_options(Date(2024, 1, 15));
  REQUIRE(o.mapping == &env.config.mapping);
  Dataset d;
  REQUIRE(import_participants("Saksnummer;person_id;Kat;follow_up_municipality;start_date;Merknad;Bydel\n"
                              "K1;12839010182;KT;0301;2023-01-02;x;y\n",
                              "p.csv", o, d));
  ValidationOptions v;
  v.year = 2023;
  v.as_of = Date(2024, 1, 15);
  ValidationReport r = validate(d, env, v);
  std::string json = render_json(r);
  CHECK(json.find("\"columns\": {\"participants\": [{\"column\": \"Saksnummer\", \"field\": \"case_id\", \"by\": "
                  "\"alias\"}, {\"column\": \"person_id\", \"field\": \"person_id\", \"by\": \"name\"}, {\"column\": "
                  "\"Kat\", \"field\": \"category\", \"by\": \"config\"}") != std::string::npos);
  CHECK(json.find("{\"column\": \"Merknad\", \"field\": null, \"by\": \"config\"}], \"measures\": []}") !=
        std::string::npos);
  CHECK(json.find("\"value_mapping\": {\"participants\": [{\"field\": \"category\", \"value\": \"KT\", \"code\": "
                  "\"kan_tilbys\"}], \"measures\": []}") != std::string::npos);
  CHECK(json.find("\"unknown_columns\": [\"Bydel\"]") != std::string::npos);

  std::string text = render_text(r, Language::en);
  CHECK(text.find("  p.csv: columns by alias: 1; columns from the configuration: Kat = category, Merknad ignored\n") !=
        std::string::npos);
  CHECK(text.find("  values from the configuration: category 1\n") != std::string::npos);

  // An export by the fields' own names, without a mapping, shows neither line.
  Environment plain;
  Dataset c;
  REQUIRE(import_participants("case_id;person_id;category;follow_up_municipality;start_date\n" + row, "p.csv",
                              plain.import_options(Date(2024, 1, 15)), c));
  std::string quiet = render_text(validate(c, plain, v), Language::en);
  CHECK(quiet.find("alias") == std::string::npos);
  CHECK(quiet.find("configuration") == std::string::npos);
}
