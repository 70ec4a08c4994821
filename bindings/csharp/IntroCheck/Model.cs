namespace IntroCheck;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Explains how NIR will count.</summary>
    Info = 0,
    /// <summary>Should be looked at.</summary>
    Warning = 1,
    /// <summary>Must be fixed before transfer.</summary>
    Error = 2,
}

/// <summary>Participant category in NIR.</summary>
public enum Category
{
    /// <summary>"Rett og plikt introduksjonsprogram".</summary>
    RettOgPlikt,
    /// <summary>"Kan tilbys introduksjonsprogram".</summary>
    KanTilbys,
}

/// <summary>Output formats of <see cref="Report.Render"/>.</summary>
public enum OutputFormat
{
    /// <summary>JSON as in docs/findings.schema.json.</summary>
    Json = 1,
    /// <summary>;-separated, UTF-8 with BOM.</summary>
    Csv = 2,
    /// <summary>Text for a case worker.</summary>
    Text = 3,
    /// <summary>One self-contained page (reconciliation only).</summary>
    Html = 4,
}

/// <summary>One finding, the same in every binding. Empty values are null.</summary>
/// <param name="Rule">Stable rule id, such as "IC101".</param>
/// <param name="Severity">Severity after configuration overrides.</param>
/// <param name="CaseId">The vendor's case id.</param>
/// <param name="Municipality">Follow-up municipality code.</param>
/// <param name="File">Input file.</param>
/// <param name="Line">Line in the file.</param>
/// <param name="Field">Column name.</param>
/// <param name="Person">Person id, masked unless revealed.</param>
/// <param name="Message">Message in the context's language.</param>
/// <param name="Params">Values the message was built from: string, long or DateOnly.</param>
/// <param name="Acknowledged">Listed as acknowledged in the configuration.</param>
public sealed record Finding(string Rule, Severity Severity, string? CaseId, string? Municipality, string? File,
    long? Line, string? Field, string? Person, string Message, IReadOnlyDictionary<string, object> Params,
    bool Acknowledged);

/// <summary>Counts of a run.</summary>
public sealed record Summary(long Errors, long Warnings, long Infos, long Acknowledged, long ParticipantsRead,
    long ParticipantsAccepted, long ParticipantsRejected, long MeasuresRead, long MeasuresAccepted,
    long MeasuresRejected, bool MeasureRulesRan, DateOnly? Deadline, long? DaysLeft, long ReportRows,
    long MatchedEqual, long MatchedWithDiscrepancies, long UnmatchedReportRows, long EndedInScope,
    long MissingFromReport, long ExplainedAbsences);

/// <summary>The result of checking one person id.</summary>
/// <param name="Valid">NIR accepts it under the context's options.</param>
/// <param name="Reason">null, "length", "non_digit", "date", "k1", "k2", "not_nir_id" or "synthetic".</param>
/// <param name="Kind">"fnr", "dnr", "duf" or null.</param>
/// <param name="Synthetic">A synthetic test id.</param>
/// <param name="Series">"classic", "2032" or null.</param>
/// <param name="BirthDate">From the id, when it has one.</param>
public sealed record PersonIdCheck(bool Valid, string? Reason, string? Kind, bool Synthetic, string? Series,
    DateOnly? BirthDate);

/// <summary>A rule of the catalogue.</summary>
public sealed record Rule(string Id, Severity Severity, string Title, string TitleNb, string Source);

internal static class Dates
{
    internal static int ToInt(DateOnly? d) => d is { } x ? x.Year * 10000 + x.Month * 100 + x.Day : 0;
    internal static DateOnly? FromInt(int v) => v == 0 ? null : new DateOnly(v / 10000, v / 100 % 100, v % 100);
}

/// <summary>One row of the published results. A suppressed value is null and named in SuppressedFields.</summary>
/// <param name="Municipality">Follow-up municipality.</param>
/// <param name="District">Follow-up district, or null for the whole municipality.</param>
/// <param name="Category">Category, or null for all.</param>
/// <param name="IncludesProtected">The total row, the only one that counts protected persons.</param>
/// <param name="Ended">Number ended.</param>
/// <param name="Groups">Counts by end-reason group (arbeid, utdanning, grunnskole, kvalifisering, sosialhjelp, trygd, annet, ikke_registrert).</param>
/// <param name="ShareWorkEducation">(arbeid + utdanning) / ended.</param>
/// <param name="Suppressed">Any value of the row is suppressed.</param>
/// <param name="SuppressedFields">Which.</param>
public sealed record ResultRow(string Municipality, string? District, Category? Category, bool IncludesProtected,
    long? Ended, IReadOnlyDictionary<string, long?> Groups, double? ShareWorkEducation, bool Suppressed,
    IReadOnlyList<string> SuppressedFields);
