using System.Diagnostics;
using IntroCheck;

using var ctx = new Context { AllowSynthetic = true };
using var ds = new Dataset(ctx);
ds.Add(new ParticipationRecord
{
    CaseId = "K1", PersonId = "12839010182", Category = "rett_og_plikt", FollowUpMunicipality = "0301",
    StartDate = new DateOnly(2022, 3, 1), EndDate = new DateOnly(2023, 6, 30), SettlementDate = new DateOnly(2021, 11, 15),
});
ds.AddMeasure("K1", "norsk", new DateOnly(2022, 3, 1), new DateOnly(2023, 6, 30));
var asOf = new DateOnly(2024, 1, 15);
int Run()
{
    using var report = ds.Validate(2023, asOf);
    return report.Count(f => f.Rule.Length > 0);  // read every finding, as a caller would
}
for (int i = 0; i < 2000; ++i) Run();  // warm up the JIT
const int n = 20000;
var watch = Stopwatch.StartNew();
int findings = 0;
for (int i = 0; i < n; ++i) findings += Run();
watch.Stop();
Console.WriteLine($"csharp: {watch.Elapsed.TotalMilliseconds * 1000 / n:F1} us per Validate() of one record, findings read ({findings / n} each)");
