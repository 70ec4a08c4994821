#include <doctest/doctest.h>

#include "io/import_util.hpp"
#include "model/label_key.hpp"
#include <introcheck/encoding.hpp>
#include <introcheck/import.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace introcheck;

namespace {

const std::string header = "case_id;person_id;category;follow_up_municipality;start_date;end_reason\n";

ImportOptions options() {
  ImportOptions o;
  o.reference_date = Date(2024, 1, 15);
  return o;
}

Dataset read(const std::string& bytes, ImportOptions o = options()) {
  Dataset d;
  auto r = import_participants(bytes, "p.csv", o, d);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().describe()));
  return d;
}

std::string to_utf16le(const std::string& ascii) {
  std::string out;
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

}  // namespace

TEST_CASE("delimiters ; , and tab are detected from the header") {
  for (char d : {';', ',', '\t'}) {
    std::string text = "case_id;person_id;category;follow_up_municipality;start_date\nK1;12839010182;kan_tilbys;0301;2023-01-02\n";
    for (char& c : text)
      if (c == ';') c = d;
    Dataset ds = read(text);
    REQUIRE(ds.participations.size() == 1);
    CHECK(ds.participants.delimiter == d);
    CHECK(ds.participations[0].follow_up_municipality().value == "0301");
  }
}

TEST_CASE("encodings: UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252") {
  std::string row = "K1;12839010182;kan_tilbys;0301;2023-01-02;Ordin\xC3\xA6r grunnskole\n";
  CHECK(read(header + row).participants.encoding == "UTF-8");
  CHECK(read("\xEF\xBB\xBF" + header + row).participations[0].end_reason().value == "grunnskole");

  std::string latin = header + "K1;12839010182;kan_tilbys;0301;2023-01-02;Ordin\xE6r grunnskole\n";
  Dataset w = read(latin);
  CHECK(w.participants.encoding == "windows-1252");
  CHECK(w.participations[0].end_reason().value == "grunnskole");

  std::string utf16 = "\xFF\xFE" + to_utf16le(header + "K1;12839010182;kan_tilbys;0301;2023-01-02;annet\n");
  Dataset u = read(utf16);
  CHECK(u.participants.encoding == "UTF-16LE");
  CHECK(u.participations[0].end_reason().value == "annet");

  std::string be = "\xFE\xFF";
  for (char c : header + "K1;12839010182;kan_tilbys;0301;2023-01-02;annet\n") {
    be.push_back('\0');
    be.push_back(c);
  }
  Dataset b = read(be);
  CHECK(b.participants.encoding == "UTF-16BE");
  CHECK(b.participations[0].case_id() == "K1");

  ImportOptions named = options();
  named.encoding = "ISO-8859-1";
  Dataset n = read(latin, named);
  CHECK(n.participants.encoding == "ISO-8859-1");
  CHECK(n.participations[0].end_reason().value == "grunnskole");
}

TEST_CASE("an unterminated quote is an error naming the line it opened on") {
  Dataset d;
  auto r = import_participants(header + "K1;12839010182;kan_tilbys;0301;2023-01-02;\"annet\nK2;x\n", "p.csv", options(), d);
  REQUIRE_FALSE(r);
  CHECK(r.error().line == 2);
  CHECK(r.error().describe() == "p.csv:2: quoted field is never closed");
}

TEST_CASE("quoted fields keep delimiters, doubled quotes and line breaks") {
  Dataset d = read(header + "\"K;1\";12839010182;kan_tilbys;0301;2023-01-02;\"Ann\"\"et\nx\"\nK2;05878812028;kan_tilbys;0301;2023-01-02;\n");
  REQUIRE(d.participations.size() == 2);
  CHECK(d.participations[0].case_id() == "K;1");
  CHECK(d.participations[0].raw_text(ParticipationField::end_reason) == "Ann\"et\nx");
  CHECK(d.participations[1].line() == 4);
}

TEST_CASE("encoding errors name the line of the first bad byte") {
  std::string mixed = header + "K1;12839010182;kan_tilbys;0301;2023-01-02;Ordin\xC3\xA6r\nK2;x;y;0301;2023-01-02;\xE6\n";
  auto r = decode_text(mixed, std::nullopt, "p.csv");
  REQUIRE_FALSE(r);
  CHECK(r.error().line == 3);
  CHECK(r.error().code == ErrorCode::encoding);

  std::string nul = to_utf16le(header);
  auto n = decode_text(nul, std::nullopt, "p.csv");
  REQUIRE_FALSE(n);
  CHECK(n.error().message.find("NUL") != std::string::npos);

  // The caller can name the encoding.
  auto forced = decode_text(to_utf16le("a;b\n"), std::string_view("UTF-16LE"), "p.csv");
  REQUIRE(forced);
  CHECK(forced.value().utf8 == "a;b\n");
}

TEST_CASE("columns by name, any order, case-insensitive; unknown ones listed") {
  Dataset d = read("START_DATE;Case_Id;follow_up_municipality;category;person_id;shoe_size\n2023-01-02;K1;0301;kan_tilbys;12839010182;42\n");
  REQUIRE(d.participations.size() == 1);
  CHECK(d.participations[0].case_id() == "K1");
  CHECK(d.participations[0].start_date().value == Date(2023, 1, 2));
  CHECK(d.participants.unknown_columns == std::vector<std::string>{"shoe_size"});
}

TEST_CASE("missing required and duplicate columns are errors naming the column") {
  Dataset d;
  auto r = import_participants("case_id;person_id;category;start_date\n", "p.csv", options(), d);
  REQUIRE_FALSE(r);
  CHECK(r.error().field == "follow_up_municipality");
  auto ids = import_participants("case_id;category;follow_up_municipality;start_date\n", "p.csv", options(), d);
  REQUIRE_FALSE(ids);
  CHECK(ids.error().field == "person_id");
  auto dup = import_participants("case_id;case_id;person_id;category;follow_up_municipality;start_date\n", "p.csv", options(), d);
  REQUIRE_FALSE(dup);
  CHECK(dup.error().field == "case_id");
  auto empty = import_participants("", "p.csv", options(), d);
  CHECK_FALSE(empty);
  auto sheet = import_participants(std::string("PK\x03\x04rest", 8), "p.xlsx", options(), d);
  REQUIRE_FALSE(sheet);
  CHECK(sheet.error().message.find("save it as CSV") != std::string::npos);
}

TEST_CASE("broken rows enter the dataset with their fields marked") {
  std::string text =
      "case_id;person_id;duf_number;category;follow_up_municipality;start_date;end_date;leave_days;protected_address;end_reason\n"
      "K1;12839010182;;kan_tilbys;0301;2017-02-29;;;;\n"           // impossible date
      "K2;1283901018;;kan_tilbys;301;2023-01-02;;999;kanskje;\n"    // 10-digit id, 3-digit code, leave out of range, bad bool
      "K3;;201510001408;Ukjent;0301;02.01.2023;2023-13-01;;;ferie\n"  // DUF only, unknown category, bad month, unknown reason
      "\n"
      "K4;\"12839010182\";;\"kan_tilbys\";0301;2023-01-02;;;ja;\"Arbeid 30 timer eller mer per uke\"\n";
  Dataset d = read(text);
  REQUIRE(d.participations.size() == 4);
  CHECK(d.participants.rows_read == 4);
  CHECK(d.participants.accepted == 4);
  const auto& p = d.participations;
  CHECK(p[0].start_date().is_invalid());
  CHECK(p[0].raw_text(ParticipationField::start_date) == "2017-02-29");
  CHECK(p[1].person_id().is_invalid());  // 01283901018 is not a valid id either
  CHECK(p[1].follow_up_municipality().value == "0301");
  CHECK(p[1].repairs().size() == 1);
  CHECK(p[1].leave_days().is_invalid());
  CHECK(p[1].protected_address().is_invalid());
  CHECK(p[2].duf_number().parsed());
  CHECK(p[2].category().is_invalid());
  CHECK(p[2].start_date().value == Date(2023, 1, 2));
  CHECK(p[2].end_date().is_invalid());
  CHECK(p[2].end_reason().is_invalid());
  CHECK(p[3].line() == 6);
  CHECK(p[3].protected_address().value);
  CHECK(p[3].end_reason().value == "arbeid_heltid");  // label, matched case-insensitively
}

TEST_CASE("a ten-digit person id regains its leading zero when that makes it valid") {
  Dataset d = read(header + "K1;5878812028;kan_tilbys;0301;2023-01-02;\n");
  REQUIRE(d.participations[0].person_id().parsed());
  CHECK(d.participations[0].person_id().value.digits() == "05878812028");
  CHECK(d.participations[0].repairs().size() == 1);
}

TEST_CASE("measures: decimal comma, ranges, labels") {
  Dataset d;
  std::string text = "case_id;measure;start_date;end_date;hours_per_week\n"
                     "K1;Språkpraksis;2023-01-02;;7,5\nK1;norsk;2023-01-02;;61\nK1;yoga;;;\n";
  auto r = import_measures(text, "m.csv", options(), d);
  REQUIRE(r);
  REQUIRE(d.measures.size() == 3);
  CHECK(d.has_measures);
  CHECK(d.measures[0].code().value == "sprakpraksis");
  CHECK(d.measures[0].hours_per_week().value == doctest::Approx(7.5));
  CHECK(d.measures[1].hours_per_week().is_invalid());
  CHECK(d.measures[2].code().is_invalid());
  CHECK(d.measures[2].start_date().empty());
}

TEST_CASE("booleans") {
  CHECK(detail::parse_bool("ja") == true);
  CHECK(detail::parse_bool("TRUE") == true);
  CHECK(detail::parse_bool("1") == true);
  CHECK(detail::parse_bool("nei") == false);
  CHECK(detail::parse_bool("") == false);
  CHECK(detail::parse_bool("kanskje") == std::nullopt);
}

TEST_CASE("code lists resolve labels case- and accent-insensitively, never å as a") {
  const CodeList& reasons = CodeList::builtin_end_reasons();
  CHECK(reasons.resolve("FLYTTET").entry->code == "flyttet");
  CHECK(reasons.resolve("hoyere_utdanning").entry->code == "hoyere_utdanning");
  CHECK(reasons.resolve("Høyere utdanning").entry->code == "hoyere_utdanning");
  CHECK(reasons.resolve("Higher education").entry->code == "hoyere_utdanning");
  CHECK(reasons.resolve("Ordinaer grunnskole").entry == nullptr);  // æ is a letter, not an accent
  CHECK(detail::label_key("Dødsfall") != detail::label_key("Dodsfall"));
  CHECK(detail::label_key("Café") == detail::label_key("cafe"));
  CHECK(reasons.entries().size() == 18);
  CHECK(CodeList::builtin_measures().entries().size() == 16);
  auto custom = CodeList::from_csv("code,label_nb,label_nn,label_en,group\nx,Samme,Samme,Same,a\ny,Samme,Samme,Same,b\n", "c.csv");
  REQUIRE(custom);
  CHECK(custom.value().resolve("samme").ambiguous);
  CHECK(parse_category("Kan tilbys introduksjonsprogram") == Category::kan_tilbys);
  CHECK(parse_category("RETT OG PLIKT") == Category::rett_og_plikt);
}

TEST_CASE("the integreringsloven code lists: codes, labels and the words case systems use") {
  CHECK(parse_category("rett_6a") == Category::rett_6a);
  CHECK(parse_category("Rett til introduksjonsprogram (kapittel 6A)") == Category::rett_6a);
  CHECK(parse_legal_basis("integreringsloven_6a") == LegalBasis::integreringsloven_6a);
  CHECK(parse_legal_basis("Integreringsloven kapittel 6A") == LegalBasis::integreringsloven_6a);
  CHECK(parse_legal_basis("INTEGRERINGSLOVEN") == LegalBasis::integreringsloven);
  CHECK(parse_legal_basis("Introduksjonsloven") == LegalBasis::introduksjonsloven);
  CHECK(parse_legal_basis("kapittel 7") == std::nullopt);
  CHECK(parse_permit_ground("§ 28") == PermitGround::utl_28);
  CHECK(parse_permit_ground("flyktning") == PermitGround::utl_28);
  CHECK(parse_permit_ground("Overføringsflyktning") == PermitGround::utl_35);
  CHECK(parse_permit_ground("kollektiv beskyttelse") == PermitGround::utl_34);
  CHECK(parse_permit_ground("Familiegjenforening") == PermitGround::family);
  CHECK(parse_permit_ground("utl_53") == PermitGround::utl_53);
  CHECK(parse_permit_ground("§ 99") == std::nullopt);
  CHECK(parse_education("upper_secondary") == Education::upper_secondary);
  CHECK(parse_education("ingen") == Education::none);
  CHECK(parse_education("Høyere utdanning") == Education::higher);
  const CodeList& goals = CodeList::builtin_end_goals();
  CHECK(goals.entries().size() == 5);
  CHECK(goals.resolve("Fullført videregående opplæring").entry->code == "videregaende");
  CHECK(goals.resolve("videregaende").entry->group == "upper_secondary");
  CHECK(goals.resolve("hoyere_utdanning").entry->group == "short");
  CHECK(goals.resolve("arbeid").entry->group.empty());
  const CodeList& measures = CodeList::builtin_measures();
  CHECK(measures.resolve("norsk_samfunnskunnskap").entry->content == "norsk_samfunnskunnskap");
  CHECK(measures.resolve("Livsmestring").entry->content == "livsmestring");
  CHECK(measures.resolve("helse").entry->content.empty());
}

TEST_CASE("the integreringsloven columns are read, and optional") {
  std::string columns = "case_id;person_id;category;follow_up_municipality;start_date;legal_basis;permit_ground;"
                       "permit_date;arrival_date;settled_by_agreement;education;end_goal;mapping_date;"
                       "career_guidance_date;plan_date;children_under_18;registered_date\n";
  std::string row = "K1;12839010182;Rett til introduksjonsprogram (kapittel 6A);0301;2023-03-01;Integreringsloven "
                    "kapittel 6A;kollektiv beskyttelse;20.11.2022;2022-10-01;ja;Videregående;videregaende;2023-02-01;"
                    "2023-02-10;;nei;2023-04-01\n";
  Dataset data = read(columns + row);
  const Participation p = data.participations.at(0).value();
  CHECK(p.category.value == Category::rett_6a);
  CHECK(p.legal_basis.value == LegalBasis::integreringsloven_6a);
  CHECK(p.permit_ground.value == PermitGround::utl_34);
  CHECK(p.permit_date.value == Date(2022, 11, 20));
  CHECK(p.settled_by_agreement.value == true);
  CHECK(p.end_goal.value == "videregaende");
  CHECK(p.plan_date.empty());
  CHECK(p.children_under_18.parsed());
  CHECK(!p.children_under_18.value);
  CHECK(data.has_column(ParticipationField::mapping_date));
  CHECK(data.participants.unknown_columns.empty());
  Dataset old = read("case_id;person_id;category;follow_up_municipality;start_date\nK1;12839010182;kan_tilbys;0301;2023-03-01\n");
  CHECK(!old.has_column(ParticipationField::mapping_date));
  CHECK(old.participations.at(0).permit_date().empty());
}

TEST_CASE("a file read from disk gives what its bytes give, pages given back behind the reader or not") {
  // load_dataset gives a mapped file's pages back as it reads (every 8 MiB):
  // 24 MB of measures, read on one and two threads, must be the same
  // measures as the same bytes read from memory, to the last field.
  std::string participants = "case_id;person_id;category;follow_up_municipality;start_date\n"
                             "K1;12839010182;rett_og_plikt;0301;2022-03-01\n";
  std::string measures = "case_id;measure;start_date;end_date;hours_per_week;completed\n";
  for (int i = 0; measures.size() < (std::size_t{24} << 20); ++i) {
    measures += "K" + std::to_string(i / 4) + ";" + (i % 3 ? "norsk" : "arbeidspraksis") + ";2023-0" +
                std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + ";;" + std::to_string(i % 40) + ",5;" +
                (i % 2 ? "ja" : "nei") + "\n";
    if (i % 100000 == 99999) measures += "K-odd;yoga;31.02.2023;;mange;kanskje\n";  // kept texts, far into the file
  }
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "introcheck-import-pages";
  std::filesystem::create_directories(dir);
  auto write = [&](const char* name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return (dir / name).string();
  };
  const std::string p = write("participants.csv", participants);
  // Windows-1252 ("Kø" in a case id) is converted into memory of the
  // library's own, whose pages go back behind the reader too, from a file
  // or from the caller's bytes: it must read as the same text in UTF-8,
  // which is read where it lies and never given back.
  std::string windows = measures, windows_as_utf8 = measures;
  for (std::size_t at = windows.find("\nK-odd"); at != std::string::npos; at = windows.find("\nK-odd", at + 1))
    windows.replace(at, 6, "\nK\xF8odd");
  for (std::size_t at = windows_as_utf8.find("\nK-odd"); at != std::string::npos;
       at = windows_as_utf8.find("\nK-odd", at + 1))
    windows_as_utf8.replace(at, 6, "\nK\xC3\xB8odd");
  for (const std::string* bytes : {&measures, &windows}) {
    const std::string m = write("measures.csv", *bytes);
    Dataset expected;  // UTF-8 from memory: read where it lies, never given back
    REQUIRE(import_measures(bytes == &windows ? windows_as_utf8 : measures, m, options(), expected));
    REQUIRE(expected.measures.size() > 500000);
    for (unsigned threads : {1u, 2u})
    for (bool from_disk : {true, false}) {
      if (!from_disk && bytes == &measures) continue;  // that is `expected` itself
      CAPTURE(threads);
      CAPTURE(bytes == &windows);
      CAPTURE(from_disk);
      ImportOptions o = options();
      o.threads = threads;
      Dataset from_memory;
      REQUIRE((from_disk || import_measures(*bytes, m, o, from_memory)));
      auto loaded = from_disk ? load_dataset(p, m, o) : Result<Dataset>(std::move(from_memory));
      REQUIRE(loaded);
      CHECK(loaded.value().measures_source.encoding == (bytes == &windows ? "windows-1252" : "UTF-8"));
      const MeasureTable& got = loaded.value().measures;
      REQUIRE(got.size() == expected.measures.size());
      std::size_t differing = 0;
      for (std::size_t i = 0; i < got.size(); ++i) {
        Measure a = got[i].value(), b = expected.measures[i].value();
        bool same = a.case_id == b.case_id && a.code.state == b.code.state && a.code.value == b.code.value &&
                    a.start_date.state == b.start_date.state && a.start_date.value == b.start_date.value &&
                    a.hours_per_week.state == b.hours_per_week.state && a.hours_per_week.value == b.hours_per_week.value &&
                    a.completed.state == b.completed.state && a.completed.value == b.completed.value &&
                    a.line == b.line && a.raw.size() == b.raw.size();
        for (std::size_t k = 0; same && k < a.raw.size(); ++k) same = a.raw[k].text == b.raw[k].text;
        differing += !same;
      }
      CHECK(differing == 0);
      CHECK(got.back().raw_text(MeasureField::measure).empty());
    }
  }
  std::filesystem::remove_all(dir);
}
