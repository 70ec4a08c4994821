using System.Collections;
using System.Collections.Immutable;

namespace IntroCheck;

/// <summary>How serious a finding is. The values are the C ABI's.</summary>
public enum Severity
{
    /// <summary>A value a newer library appended.</summary>
    Unknown = -1,
    /// <summary>Explains how NIR will count.</summary>
    Info = Abi.INTROCHECK_SEVERITY_INFO,
    /// <summary>Should be looked at.</summary>
    Warning = Abi.INTROCHECK_SEVERITY_WARNING,
    /// <summary>Must be fixed before transfer.</summary>
    Error = Abi.INTROCHECK_SEVERITY_ERROR,
}

/// <summary>What a person id is.</summary>
public enum IdKind
{
    /// <summary>A value a newer library appended.</summary>
    Unknown = -1,
    /// <summary>Not even the shape of an id.</summary>
    None,
    /// <summary>Fødselsnummer.</summary>
    Fnr,
    /// <summary>D-nummer.</summary>
    Dnr,
    /// <summary>DUF number.</summary>
    Duf,
}

/// <summary>The series of a fødselsnummer or D-nummer.</summary>
public enum IdSeries
{
    /// <summary>A value a newer library appended.</summary>
    Unknown = -1,
    /// <summary>DUF numbers, and ids without a shape.</summary>
    None,
    /// <summary>Two check digits as before 2032.</summary>
    Classic,
    /// <summary>The series of 2032 on.</summary>
    From2032,
}

/// <summary>Why a person id is not valid, or Ok.</summary>
public enum IdReason
{
    /// <summary>A value a newer library appended.</summary>
    Unknown = -1,
    /// <summary>Valid.</summary>
    Ok,
    /// <summary>Wrong length.</summary>
    Length,
    /// <summary>A character that is no digit.</summary>
    NonDigit,
    /// <summary>No such date of birth.</summary>
    Date,
    /// <summary>First check digit wrong.</summary>
    K1,
    /// <summary>Second check digit wrong.</summary>
    K2,
    /// <summary>Not an id NIR takes.</summary>
    NotNirId,
    /// <summary>A synthetic test id, not allowed by the context.</summary>
    Synthetic,
}

/// <summary>Why a participation ended in scope is rightly not in NIR's report.</summary>
public enum AbsenceReason
{
    /// <summary>A value a newer library appended.</summary>
    Unknown = -1,
    /// <summary>Skjermet adresse: left out of the municipality's overview.</summary>
    ProtectedAddress,
    /// <summary>Ended by NIR in another year (covid extension).</summary>
    CovidExtension,
    /// <summary>Outside the category or end-reason filters.</summary>
    OutsideFilters,
}

/// <summary>C values to the binding's enums; a value a newer library appends reads as Unknown.</summary>
internal static class FromC
{
    internal static Severity Severity(int v) => v switch
    {
        Abi.INTROCHECK_SEVERITY_INFO => IntroCheck.Severity.Info,
        Abi.INTROCHECK_SEVERITY_WARNING => IntroCheck.Severity.Warning,
        Abi.INTROCHECK_SEVERITY_ERROR => IntroCheck.Severity.Error,
        _ => IntroCheck.Severity.Unknown,
    };

    internal static IdKind Kind(int v) => v switch
    {
        Abi.INTROCHECK_ID_KIND_NONE => IdKind.None,
        Abi.INTROCHECK_ID_KIND_FNR => IdKind.Fnr,
        Abi.INTROCHECK_ID_KIND_DNR => IdKind.Dnr,
        Abi.INTROCHECK_ID_KIND_DUF => IdKind.Duf,
        _ => IdKind.Unknown,
    };

    internal static IdSeries Series(int v) => v switch
    {
        Abi.INTROCHECK_ID_SERIES_NONE => IdSeries.None,
        Abi.INTROCHECK_ID_SERIES_CLASSIC => IdSeries.Classic,
        Abi.INTROCHECK_ID_SERIES_2032 => IdSeries.From2032,
        _ => IdSeries.Unknown,
    };

    internal static IdReason Reason(int v) => v switch
    {
        Abi.INTROCHECK_ID_REASON_OK => IdReason.Ok,
        Abi.INTROCHECK_ID_REASON_LENGTH => IdReason.Length,
        Abi.INTROCHECK_ID_REASON_NON_DIGIT => IdReason.NonDigit,
        Abi.INTROCHECK_ID_REASON_DATE => IdReason.Date,
        Abi.INTROCHECK_ID_REASON_K1 => IdReason.K1,
        Abi.INTROCHECK_ID_REASON_K2 => IdReason.K2,
        Abi.INTROCHECK_ID_REASON_NOT_NIR_ID => IdReason.NotNirId,
        Abi.INTROCHECK_ID_REASON_SYNTHETIC => IdReason.Synthetic,
        _ => IdReason.Unknown,
    };

    internal static AbsenceReason Absence(int v) => v switch
    {
        Abi.INTROCHECK_ABSENCE_REASON_PROTECTED_ADDRESS => AbsenceReason.ProtectedAddress,
        Abi.INTROCHECK_ABSENCE_REASON_COVID_EXTENSION => AbsenceReason.CovidExtension,
        Abi.INTROCHECK_ABSENCE_REASON_OUTSIDE_FILTERS => AbsenceReason.OutsideFilters,
        _ => AbsenceReason.Unknown,
    };
}

/// <summary>A finding's parameters: an immutable map that compares by value, so findings do too.</summary>
public sealed class ParamMap : IReadOnlyDictionary<string, object>, IEquatable<ParamMap>
{
    private readonly ImmutableSortedDictionary<string, object> _items;

    /// <summary>A map of the given name/value pairs.</summary>
    public ParamMap(IEnumerable<KeyValuePair<string, object>> items) =>
        _items = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, items);

    /// <inheritdoc/>
    public object this[string key] => _items[key];
    /// <inheritdoc/>
    public IEnumerable<string> Keys => _items.Keys;
    /// <inheritdoc/>
    public IEnumerable<object> Values => _items.Values;
    /// <inheritdoc/>
    public int Count => _items.Count;
    /// <inheritdoc/>
    public bool ContainsKey(string key) => _items.ContainsKey(key);
    /// <inheritdoc/>
    public bool TryGetValue(string key, out object value) => _items.TryGetValue(key, out value!);
    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Same names with equal values.</summary>
    public bool Equals(ParamMap? other) =>
        other is not null && Count == other.Count &&
        _items.All(kv => other._items.TryGetValue(kv.Key, out var v) && Equals(kv.Value, v));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParamMap other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (k, v) in _items) { hash.Add(k); hash.Add(v); }
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => "{" + string.Join(", ", _items.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}

/// <summary>A participation ended in scope that is rightly not in NIR's report.</summary>
/// <param name="CaseId">The vendor's case id.</param>
/// <param name="Municipality">Follow-up municipality.</param>
/// <param name="Line">Line in the participants file, or null.</param>
/// <param name="Reason">Why it is not in the report.</param>
public sealed record Absence(string CaseId, string Municipality, long? Line, AbsenceReason Reason);

/// <summary>Participant category in NIR.</summary>
public enum Category
{
    /// <summary>"Rett og plikt introduksjonsprogram".</summary>
    RettOgPlikt,
    /// <summary>"Kan tilbys introduksjonsprogram".</summary>
    KanTilbys,
    /// <summary>"Rett til introduksjonsprogram (kapittel 6A)": a right without the duty.</summary>
    Rett6A,
}

/// <summary>Output formats of <see cref="Report.Render"/>.</summary>
public enum OutputFormat
{
    /// <summary>JSON as in the findings, report and results schemas.</summary>
    Json = Abi.INTROCHECK_FORMAT_JSON,
    /// <summary>;-separated, UTF-8 with BOM.</summary>
    Csv = Abi.INTROCHECK_FORMAT_CSV,
    /// <summary>Text for a case worker.</summary>
    Text = Abi.INTROCHECK_FORMAT_TEXT,
    /// <summary>One self-contained page with filters, of a validation or a reconciliation.</summary>
    Html = Abi.INTROCHECK_FORMAT_HTML,
    /// <summary>JUnit XML for CI (docs/junit.xsd): a case fails on an error of a rule.</summary>
    JUnit = Abi.INTROCHECK_FORMAT_JUNIT,
    /// <summary>JUnit XML failing on warnings too, as <c>--strict</c>.</summary>
    JUnitStrict = Abi.INTROCHECK_FORMAT_JUNIT_STRICT,
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
    long? Line, string? Field, string? Person, string Message, ParamMap Params, bool Acknowledged);

/// <summary>Counts of a run.</summary>
public sealed record Summary(long Errors, long Warnings, long Infos, long Acknowledged, long ParticipantsRead,
    long ParticipantsAccepted, long ParticipantsRejected, long MeasuresRead, long MeasuresAccepted,
    long MeasuresRejected, bool MeasureRulesRan, DateOnly? Deadline, long? DaysLeft, long ReportRows,
    long MatchedEqual, long MatchedWithDiscrepancies, long UnmatchedReportRows, long EndedInScope,
    long MissingFromReport, long ExplainedAbsences, long ReportRowsOutOfScope)
{
    private readonly ValueList<SkippedRule> _skippedRules = ValueList<SkippedRule>.Empty;

    /// <summary>The rules a missing column kept from running, in the catalogue's order; empty when every
    /// rule ran. Compares by value, as the rest of the summary does.</summary>
    public IReadOnlyList<SkippedRule> SkippedRules
    {
        get => _skippedRules;
        init => _skippedRules = new ValueList<SkippedRule>(value ?? throw new ArgumentNullException(nameof(value)));
    }
}

/// <summary>A rule that did not run because the participants lack a column it needs.</summary>
/// <param name="Rule">Stable rule id, such as "IC116".</param>
/// <param name="Reason">Why, in English, as in the JSON output: "the participants have no column mapping_date".</param>
public sealed record SkippedRule(string Rule, string Reason);

/// <summary>An immutable list that compares by value, so the records holding it do too.</summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    internal static readonly ValueList<T> Empty = new([]);

    internal ValueList(IEnumerable<T> items) => _items = [.. items];

    public T this[int index] => _items[index];
    public int Count => _items.Length;
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T>? other) => other is not null && _items.SequenceEqual(other._items);
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>The result of checking one person id.</summary>
/// <param name="Valid">NIR accepts it under the context's options.</param>
/// <param name="Reason">Ok, or why it is not valid.</param>
/// <param name="Kind">Fnr, Dnr, Duf or None.</param>
/// <param name="Synthetic">A synthetic test id.</param>
/// <param name="Series">Classic, From2032 or None.</param>
/// <param name="BirthDate">From the id, when it has one.</param>
public sealed record PersonIdCheck(bool Valid, IdReason Reason, IdKind Kind, bool Synthetic, IdSeries Series,
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
/// <param name="LegalBasis">"ordinary" (introduksjonsloven and integreringsloven) or "integreringsloven_6a" for a
/// municipality's total per basis, or null for every basis.</param>
public sealed record ResultRow(string Municipality, string? District, Category? Category, bool IncludesProtected,
    long? Ended, IReadOnlyDictionary<string, long?> Groups, double? ShareWorkEducation, bool Suppressed,
    IReadOnlyList<string> SuppressedFields, string? LegalBasis = null);
