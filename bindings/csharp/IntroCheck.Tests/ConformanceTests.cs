using System.Globalization;
using System.Text.Json;
using IntroCheck;
using Xunit;

namespace IntroCheck.Tests;

/// <summary>The conformance suite through the C# binding (tests/conformance/README.md).</summary>
public class ConformanceTests
{
    static string Cases => Path.Combine(Environment.GetEnvironmentVariable("INTROCHECK_SOURCE_DIR")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../..")), "tests", "conformance", "cases");

    static string Canonical(string rule, string? caseId, string? file, long? line, string? field,
        IEnumerable<string> parameters)
    {
        var pairs = parameters.OrderBy(p => p, StringComparer.Ordinal).Select(p => p + "\x1e");
        return string.Join("\x1f", rule, caseId ?? "", Path.GetFileName(file ?? ""), (line ?? 0).ToString(CultureInfo.InvariantCulture),
            field ?? "", string.Concat(pairs));
    }

    static string Text(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static IEnumerable<object[]> AllCases() =>
        Directory.GetDirectories(Cases).OrderBy(d => d, StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    [Fact]
    public void ThereAreCases() => Assert.True(AllCases().Count() >= 5);

    [Theory]
    [MemberData(nameof(AllCases))]
    public void GivesTheExpectedFindings(string name)
    {
        var dir = Path.Combine(Cases, name);
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "case.json")));
        var root = spec.RootElement;
        using var ctx = new Context { AllowSynthetic = root.TryGetProperty("allow_synthetic", out var a) && a.GetBoolean() };
        var measures = Path.Combine(dir, "measures.csv");
        using var ds = Dataset.FromCsv(Path.Combine(dir, "participants.csv"), File.Exists(measures) ? measures : null, ctx);
        var asOf = DateOnly.ParseExact(root.GetProperty("as_of").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        int year = root.GetProperty("year").GetInt32();
        Report report;
        if (root.GetProperty("run").GetString() == "reconcile")
        {
            using var nir = NirReport.FromCsv(Path.Combine(dir, "nir_report.csv"), ctx);
            report = ds.Reconcile(nir, year, asOf);
        }
        else
        {
            report = ds.Validate(year, asOf);
        }
        using (report)
        {
            var got = report.Select(f => Canonical(f.Rule, f.CaseId, f.File, f.Line, f.Field,
                f.Params.Select(p => p.Key + "=" + Text(p.Value)))).OrderBy(s => s, StringComparer.Ordinal).ToList();
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
            var want = expected.RootElement.EnumerateArray().Select(f => Canonical(f.GetProperty("rule").GetString()!,
                f.GetProperty("case_id").GetString(), f.GetProperty("file").GetString(), f.GetProperty("line").GetInt64(),
                f.GetProperty("field").GetString(),
                f.GetProperty("params").EnumerateObject().Select(p => p.Name + "=" +
                    (p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt64().ToString(CultureInfo.InvariantCulture) : p.Value.GetString()))))
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.Equal(want, got);
        }
    }
}
