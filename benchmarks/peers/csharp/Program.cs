// The year-end checks of introcheck validate, as a vendor's developer would
// write them in C#: CsvHelper reads the rows into records, FluentValidation
// checks each record, LINQ the cases and persons. A benchmark peer
// (benchmarks/peers/run.sh), not part of introcheck. Prints the number of
// findings per rule, under introcheck's rule ids, as JSON.
//
// Usage: Peer --participants P.csv --measures M.csv --year 2024 --as-of 2025-01-15
//             [--allow-synthetic] [--codes lib/data]   (run from the repository's root)
using System.Text.Json;
using CsvHelper;
using Peer;

var options = new Dictionary<string, string>();
bool allowSynthetic = false;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--allow-synthetic") allowSynthetic = true;
    else if (args[i].StartsWith("--") && i + 1 < args.Length) options[args[i][2..]] = args[++i];
    else { Console.Error.WriteLine($"unknown argument {args[i]}"); return 2; }
}
foreach (var required in new[] { "participants", "measures", "year", "as-of" })
    if (!options.ContainsKey(required)) { Console.Error.WriteLine($"--{required} is required"); return 2; }

int year = int.Parse(options["year"]);
DateOnly asOf = DateOnly.Parse(options["as-of"]);
string codesDir = options.GetValueOrDefault("codes", Path.Combine("lib", "data"));  // from the repository's root
var codes = new Codes(codesDir);
var csv = new CsvReaderOptions { Separator = ';' };
var findings = new Dictionary<string, int>();
void Count(string rule) => findings[rule] = findings.GetValueOrDefault(rule) + 1;

// Participations: each row validated, then kept.
var participantValidator = new ParticipantValidator(codes, allowSynthetic, asOf);
var participations = new List<Participation>();
using (var reader = CsvReader.FromFile(options["participants"], csv))
{
    foreach (var row in reader.GetRecords<ParticipantRow>())
    {
        var result = participantValidator.Validate(row);
        foreach (var failure in result.Errors) Count(failure.ErrorCode);
        var start = Dates.ParseOrNull(row.StartDate);
        var end = Dates.ParseOrNull(row.EndDate);
        bool usable = start is not null && Dates.IsEmptyOrDate(row.EndDate);
        string personId = row.PersonId.Trim();
        participations.Add(new Participation(
            row.CaseId.Trim(), personId,
            personId.Length > 0 && !result.Errors.Any(f => f.PropertyName == nameof(ParticipantRow.PersonId)),
            usable ? start : null, usable ? end : null, row.EndReason.Trim(),
            row.Extended.Trim().ToLowerInvariant() is "ja" or "yes" or "true" or "1",
            int.TryParse(row.LeaveDays, out int leave) ? leave : 0));
    }
}

// IC010: a case id used again; the first participation with it is the case.
foreach (var group in participations.GroupBy(p => p.CaseId).Where(g => g.Count() > 1))
    for (int k = 1; k < group.Count(); k++) Count("IC010");
var cases = participations.DistinctBy(p => p.CaseId).ToDictionary(p => p.CaseId);

// Measures: each row validated; those with usable dates kept for their case.
var measureValidator = new MeasureValidator(codes);
var measures = new List<Measure>();
using (var reader = CsvReader.FromFile(options["measures"], csv))
{
    foreach (var row in reader.GetRecords<MeasureRow>())
    {
        var result = measureValidator.Validate(row);
        foreach (var failure in result.Errors) Count(failure.ErrorCode);
        string caseId = row.CaseId.Trim();
        if (caseId.Length > 0 && !cases.ContainsKey(caseId)) Count("IC011");
        if (!Dates.TryParse(row.StartDate, out var start) || !Dates.IsEmptyOrDate(row.EndDate)) continue;
        var end = Dates.ParseOrNull(row.EndDate) ?? DateOnly.MaxValue;
        if (end < start) continue;
        measures.Add(new Measure(caseId, row.Measure.Trim(), start, end));
    }
}

var rules = new CaseRules(year, asOf);
var measuresOf = measures.ToLookup(m => m.CaseId);
foreach (var rule in rules.CheckCases(cases.Values, measuresOf)) Count(rule);
foreach (var rule in rules.CheckPersons(cases.Values)) Count(rule);

var output = new
{
    program = "csharp peer",
    participations = cases.Count,
    by_rule = new SortedDictionary<string, int>(findings, StringComparer.Ordinal),
};
Console.WriteLine(JsonSerializer.Serialize(output, new JsonSerializerOptions { WriteIndented = true }));
return 0;
