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
            var f = Native.New<Native.Finding>(Native.introcheck_finding_init);
            Ensure.Ok(Native.introcheck_result_finding(ref f, _handle, (nuint)index));
            var parameters = new List<KeyValuePair<string, object>>();
            for (nuint p = 0; p < f.ParamCount; ++p)
            {
                Ensure.Ok(Native.introcheck_result_param(out var name, out var value, out var type, _handle, (nuint)index, p));
                string text = Native.Text(value) ?? "";
                parameters.Add(new(Native.Text(name)!, type switch
                {
                    Abi.INTROCHECK_PARAM_TYPE_NUMBER => long.Parse(text, CultureInfo.InvariantCulture),
                    Abi.INTROCHECK_PARAM_TYPE_DATE => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => text,
                }));
            }
            static string? Empty(string? s) => string.IsNullOrEmpty(s) ? null : s;
            return new Finding(Native.Text(f.Rule)!, FromC.Severity(f.Severity), Empty(Native.Text(f.CaseId)),
                Empty(Native.Text(f.Municipality)), Empty(Native.Text(f.File)), f.Line == 0 ? null : f.Line,
                Empty(Native.Text(f.Field)), Empty(Native.Text(f.Person)), Native.Text(f.Message) ?? "",
                new ParamMap(parameters), f.Acknowledged != 0);
        }
    }

    /// <summary>Counts of the run (reconciliation counts are 0 for a validation).</summary>
    public Summary Summary
    {
        get
        {
            var s = Native.New<Native.Summary>(Native.introcheck_summary_init);
            Ensure.Ok(Native.introcheck_result_summary(ref s, _handle));
            var deadline = Dates.FromInt(s.Deadline);
            return new Summary(s.Errors, s.Warnings, s.Infos, s.Acknowledged, s.ParticipantsRead,
                s.ParticipantsAccepted, s.ParticipantsRejected, s.MeasuresRead, s.MeasuresAccepted,
                s.MeasuresRejected, s.MeasureRulesRan != 0, deadline, deadline is null ? null : s.DaysLeft,
                s.ReportRows, s.MatchedEqual, s.MatchedWithDiscrepancies, s.UnmatchedReportRows, s.EndedInScope,
                s.MissingFromReport, s.ExplainedAbsences, s.ReportRowsOutOfScope) { SkippedRules = SkippedRules() };
        }
    }

    private List<SkippedRule> SkippedRules()
    {
        var skipped = new List<SkippedRule>();
        for (nuint i = 0, n = Native.introcheck_result_skipped_rule_count(_handle); i < n; ++i)
        {
            Ensure.Ok(Native.introcheck_result_skipped_rule(out var rule, out var reason, _handle, i));
            skipped.Add(new SkippedRule(Native.Text(rule)!, Native.Text(reason)!));
        }
        return skipped;
    }

    /// <summary>The follow-up municipalities a reconciliation compared (empty for a validation).</summary>
    public IReadOnlyList<string> Scope
    {
        get
        {
            var scope = new List<string>();
            for (nuint i = 0, n = Native.introcheck_result_scope_count(_handle); i < n; ++i)
            {
                Ensure.Ok(Native.introcheck_result_scope_municipality(out var code, _handle, i));
                scope.Add(Native.Text(code)!);
            }
            return scope;
        }
    }

    /// <summary>Participations ended in scope that are rightly not in NIR's report.</summary>
    public IReadOnlyList<Absence> Absences
    {
        get
        {
            var absences = new List<Absence>();
            for (nuint i = 0, n = Native.introcheck_result_absence_count(_handle); i < n; ++i)
            {
                var a = Native.New<Native.Absence>(Native.introcheck_absence_init);
                Ensure.Ok(Native.introcheck_result_absence(ref a, _handle, i));
                absences.Add(new Absence(Native.Text(a.CaseId)!, Native.Text(a.Municipality)!,
                    a.Line == 0 ? null : a.Line, FromC.Absence(a.Reason)));
            }
            return absences;
        }
    }

    /// <summary>The report as JSON, CSV, text, JUnit XML or HTML (one page with filters).</summary>
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
