// Fuzz target: the CSV importers (case system and NIR report, every encoding)
// and then every rule over whatever they read. Must never crash or hang.
#include <introcheck/config.hpp>
#include <introcheck/import.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/validate.hpp>

#include <cstdint>
#include <string_view>

using namespace introcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  // The first byte picks the file and the encoding; the rest is the file.
  std::uint8_t mode = data[0];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  ImportOptions import;
  import.reference_date = Date(2024, 1, 15);
  import.max_bytes = 1 << 20;
  static const char* encodings[] = {nullptr, "UTF-16LE", "windows-1252", "UTF-16BE"};
  if (mode & 0x04) import.encoding = encodings[(mode >> 3) & 3] ? encodings[(mode >> 3) & 3] : "UTF-8";
  // Bit 0x40: through a vendor's mapping of columns and values, every kind of line.
  static const Config vendor = Config::parse("[columns.participants]\nKat = category\nMerknad = ignore\n"
                                             "[columns.measures]\nAktivitet = measure\n"
                                             "[values.category]\nRP = rett_og_plikt\nÅ = kan_tilbys\n"
                                             "[values.end_reason]\nA30 = arbeid_heltid\n"
                                             "[values.measure]\nT-N = norsk\n[values.yes_no]\nJ = ja\nN = nei\n",
                                             "vendor.conf", Config::defaults())
                                      .value();
  if (mode & 0x40) import.mapping = &vendor.mapping;

  Dataset d;
  if (mode & 0x01) {
    if (!import_participants(bytes, "p.csv", import, d)) return 0;
  } else {
    if (!import_measures(bytes, "m.csv", import, d)) return 0;
  }
  ValidationOptions v;
  v.year = 2023;
  v.as_of = Date(2024, 1, 15);
  const Environment env;
  auto report = validate(d, env, v);
  if (mode & 0x02) {
    auto nir = import_nir_report(bytes, "nir.csv", import);
    if (nir) {
      ReconcileOptions r;
      r.year = 2023;
      r.as_of = v.as_of;
      reconcile(d, nir.value(), env, r);
    }
  }
  return static_cast<int>(report.findings.size() & 0);
}
