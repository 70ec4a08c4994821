using System.Collections;
using System.Globalization;

namespace IntroCheck;

/// <summary>The findings of a validation or reconciliation, in order (file, line, rule, field).</summary>
public sealed class Report : IReadOnlyList<Finding>, IDisposable
{
    private readonly ResultHandle _handle;

    internal Report(ResultHandle handle) => _handle = handle;

    /// <inheritdoc/>
    public int Count => (int)Native.introcheck_result_finding_count(_handle);

    /// <inheritdoc/>
    public Finding this[int index]
    {
        get
        {
            var f = new Native.Finding { Size = Native.SizeOf<Native.Finding>() };
            Ensure.Ok(Native.introcheck_result_finding(_handle, (nuint)index, ref f));
            var parameters = new Dictionary<string, object>();
            for (nuint p = 0; p < f.ParamCount; ++p)
            {
                Ensure.Ok(Native.introcheck_result_param(_handle, (nuint)index, p, out var name, out var value, out var type));
                string text = Native.Text(value) ?? "";
                parameters[Native.Text(name)!] = type switch
                {
                    2 => long.Parse(text, CultureInfo.InvariantCulture),
                    3 => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => text,
                };
            }
            static string? Empty(string? s) => string.IsNullOrEmpty(s) ? null : s;
            return new Finding(Native.Text(f.Rule)!, (Severity)f.Severity, Empty(Native.Text(f.CaseId)),
                Empty(Native.Text(f.Municipality)), Empty(Native.Text(f.File)), f.Line == 0 ? null : f.Line,
                Empty(Native.Text(f.Field)), Empty(Native.Text(f.Person)), Native.Text(f.Message) ?? "",
                parameters, f.Acknowledged != 0);
        }
    }

    /// <summary>Counts of the run (reconciliation counts are 0 for a validation).</summary>
    public Summary Summary
    {
        get
        {
            var s = new Native.Summary { Size = Native.SizeOf<Native.Summary>() };
            Ensure.Ok(Native.introcheck_result_summary(_handle, ref s));
            var deadline = Dates.FromInt(s.Deadline);
            return new Summary(s.Errors, s.Warnings, s.Infos, s.Acknowledged, s.ParticipantsRead,
                s.ParticipantsAccepted, s.ParticipantsRejected, s.MeasuresRead, s.MeasuresAccepted,
                s.MeasuresRejected, s.MeasureRulesRan != 0, deadline, deadline is null ? null : s.DaysLeft,
                s.ReportRows, s.MatchedEqual, s.MatchedWithDiscrepancies, s.UnmatchedReportRows, s.EndedInScope,
                s.MissingFromReport, s.ExplainedAbsences);
        }
    }

    /// <summary>The report as JSON, CSV, text or (reconciliation) HTML.</summary>
    public string Render(OutputFormat format = OutputFormat.Json)
    {
        Ensure.Ok(Native.introcheck_result_render(out var text, out _, _handle, (int)format));
        return Native.Take(text);
    }

    /// <inheritdoc/>
    public IEnumerator<Finding> GetEnumerator()
    {
        for (int i = 0, n = Count; i < n; ++i) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public void Dispose() => _handle.Dispose();
}
