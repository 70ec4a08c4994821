using IntroCheck;

// One record with no end reason must give IC101, through the package's own native library.
using var ds = new Dataset();
ds.Add(new ParticipationRecord
{
    CaseId = "K1", PersonId = "20036914700", Category = "kan_tilbys", FollowUpMunicipality = "0301",
    StartDate = new DateOnly(2016, 3, 1), EndDate = new DateOnly(2017, 6, 30),
});
using var report = ds.Validate(2017, new DateOnly(2018, 1, 10));
foreach (var f in report) Console.WriteLine($"{f.Rule} {f.CaseId} {f.Message}");
Console.WriteLine($"libintrocheck {Context.LibraryVersion}");
return report.Any(f => f.Rule == "IC101") ? 0 : 1;
