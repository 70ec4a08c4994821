using System.Runtime.InteropServices;
using System.Text.Json;

namespace IntroCheck;

/// <summary>One participation to add record by record. Text fields take codes or NIR's labels.</summary>
public sealed record ParticipationRecord
{
    /// <summary>The vendor's key; never a person id.</summary>
    public required string CaseId { get; init; }
    /// <summary>Fødselsnummer or D-nummer.</summary>
    public string? PersonId { get; init; }
    /// <summary>DUF number.</summary>
    public string? DufNumber { get; init; }
    /// <summary>rett_og_plikt or kan_tilbys (or NIR's label).</summary>
    public string? Category { get; init; }
    /// <summary>introduksjonsloven or integreringsloven; empty: by start date.</summary>
    public string? LegalBasis { get; init; }
    /// <summary>The municipality results count for.</summary>
    public string? FollowUpMunicipality { get; init; }
    /// <summary>Its district.</summary>
    public string? FollowUpDistrict { get; init; }
    /// <summary>Where the person lives.</summary>
    public string? ResidenceMunicipality { get; init; }
    /// <summary>Its district.</summary>
    public string? ResidenceDistrict { get; init; }
    /// <summary>Skjermet adresse.</summary>
    public bool ProtectedAddress { get; init; }
    /// <summary>Start of the program.</summary>
    public DateOnly? StartDate { get; init; }
    /// <summary>End of the program; null while it runs.</summary>
    public DateOnly? EndDate { get; init; }
    /// <summary>Avslutningsårsak, code or label.</summary>
    public string? EndReason { get; init; }
    /// <summary>A third year for special reasons.</summary>
    public bool Extended { get; init; }
    /// <summary>Extended under the covid-19 rules.</summary>
    public bool CovidExtension { get; init; }
    /// <summary>Approved leave.</summary>
    public int? LeaveDays { get; init; }
    /// <summary>Bosettingsdato.</summary>
    public DateOnly? SettlementDate { get; init; }
    /// <summary>Line in the vendor's source, for messages.</summary>
    public long Line { get; init; }
}

/// <summary>Participations and measures, read from CSV or built record by record.</summary>
public sealed class Dataset : IDisposable
{
    internal DatasetHandle Handle { get; }

    /// <summary>The context the dataset reads and runs with.</summary>
    public Context Context { get; }

    /// <summary>An empty dataset (with a new context unless one is given).</summary>
    public Dataset(Context? context = null)
    {
        Context = context ?? new Context();
        Ensure.Ok(Native.introcheck_dataset_new(out var handle, Context.Handle));
        Handle = handle;
    }

    /// <summary>Reads participants.csv and, optionally, measures.csv.</summary>
    public static Dataset FromCsv(string participants, string? measures = null, Context? context = null,
        string? encoding = null)
    {
        var ds = new Dataset(context);
        try
        {
            Ensure.Ok(Native.introcheck_dataset_load_csv(ds.Handle, participants, measures, encoding));
            return ds;
        }
        catch
        {
            ds.Dispose();
            throw;
        }
    }

    /// <summary>Number of participations.</summary>
    public int Count => (int)Native.introcheck_dataset_participation_count(Handle);

    /// <summary>Adds one participation, read exactly as a CSV row would be.</summary>
    public void Add(ParticipationRecord r)
    {
        var strings = new List<nint>();
        nint S(string? s)
        {
            if (s is null) return 0;
            var p = Marshal.StringToCoTaskMemUTF8(s);
            strings.Add(p);
            return p;
        }
        try
        {
            var p = new Native.Participation
            {
                Size = Native.SizeOf<Native.Participation>(),
                CaseId = S(r.CaseId), PersonId = S(r.PersonId), DufNumber = S(r.DufNumber),
                Category = S(r.Category), LegalBasis = S(r.LegalBasis),
                FollowUpMunicipality = S(r.FollowUpMunicipality), FollowUpDistrict = S(r.FollowUpDistrict),
                ResidenceMunicipality = S(r.ResidenceMunicipality), ResidenceDistrict = S(r.ResidenceDistrict),
                ProtectedAddress = r.ProtectedAddress ? 1 : 0, StartDate = Dates.ToInt(r.StartDate),
                EndDate = Dates.ToInt(r.EndDate), EndReason = S(r.EndReason), Extended = r.Extended ? 1 : 0,
                CovidExtension = r.CovidExtension ? 1 : 0, LeaveDays = r.LeaveDays ?? -1,
                SettlementDate = Dates.ToInt(r.SettlementDate), Line = r.Line,
            };
            Ensure.Ok(Native.introcheck_dataset_add_participation(Handle, in p));
        }
        finally
        {
            foreach (var s in strings) Marshal.FreeCoTaskMem(s);
        }
    }

    /// <summary>Adds one measure; the dataset then has measures and measure rules run.</summary>
    public void AddMeasure(string caseId, string measure, DateOnly? start, DateOnly? end = null,
        double? hoursPerWeek = null, long line = 0)
    {
        nint c = Marshal.StringToCoTaskMemUTF8(caseId), m = Marshal.StringToCoTaskMemUTF8(measure);
        try
        {
            var record = new Native.Measure
            {
                Size = Native.SizeOf<Native.Measure>(), CaseId = c, MeasureCode = m,
                StartDate = Dates.ToInt(start), EndDate = Dates.ToInt(end), HoursPerWeek = hoursPerWeek ?? -1.0,
                Line = line,
            };
            Ensure.Ok(Native.introcheck_dataset_add_measure(Handle, in record));
        }
        finally
        {
            Marshal.FreeCoTaskMem(c);
            Marshal.FreeCoTaskMem(m);
        }
    }

    internal static Native.RunOptions Options(int year, DateOnly? asOf, DateOnly? deadline = null) => new()
    {
        Size = Native.SizeOf<Native.RunOptions>(), Year = year, AsOf = Dates.ToInt(asOf), Deadline = Dates.ToInt(deadline),
    };

    /// <summary>Runs every rule of the catalogue.</summary>
    public Report Validate(int year, DateOnly? asOf = null, DateOnly? deadline = null)
    {
        var options = Options(year, asOf, deadline);
        Ensure.Ok(Native.introcheck_validate(out var result, Handle, in options));
        return new Report(result);
    }

    /// <summary>Reconciles NIR's report against this dataset.</summary>
    public Report Reconcile(NirReport report, int year, DateOnly? asOf = null)
    {
        var options = Options(year, asOf);
        Ensure.Ok(Native.introcheck_reconcile(out var result, Handle, report.Handle, in options));
        return new Report(result);
    }

    /// <summary>NIR's report as NIR will show it.</summary>
    public NirReport PredictReport(int year, DateOnly? asOf = null)
    {
        var options = Options(year, asOf);
        Ensure.Ok(Native.introcheck_predict_report(out var handle, Handle, in options));
        return new NirReport(handle);
    }

    /// <summary>The published results (rows of docs/results.schema.json), suppressed as the context says.</summary>
    public IReadOnlyList<ResultRow> Results(int year, DateOnly? asOf = null)
    {
        var options = Options(year, asOf);
        Ensure.Ok(Native.introcheck_results_render_from_dataset(out var text, out _, Handle, 0, in options, 1));
        using var doc = JsonDocument.Parse(Native.Take(text));
        static long? Count(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();
        return doc.RootElement.GetProperty("rows").EnumerateArray().Select(r => new ResultRow(
            r.GetProperty("municipality").GetString()!,
            r.GetProperty("district").ValueKind == JsonValueKind.Null ? null : r.GetProperty("district").GetString(),
            r.GetProperty("category").GetString() switch
            {
                "rett_og_plikt" => IntroCheck.Category.RettOgPlikt,
                "kan_tilbys" => IntroCheck.Category.KanTilbys,
                _ => null,
            },
            r.GetProperty("includes_protected").GetBoolean(),
            Count(r.GetProperty("ended")),
            r.GetProperty("groups").EnumerateObject().ToDictionary(g => g.Name, g => Count(g.Value)),
            r.GetProperty("share_work_education").ValueKind == JsonValueKind.Null ? null : r.GetProperty("share_work_education").GetDouble(),
            r.GetProperty("suppressed").GetBoolean(),
            r.GetProperty("suppressed_fields").EnumerateArray().Select(f => f.GetString()!).ToList())).ToList();
    }

    /// <inheritdoc/>
    public void Dispose() => Handle.Dispose();
}

/// <summary>NIR's report "Deltakere som har avsluttet introduksjonsprogram".</summary>
public sealed class NirReport : IDisposable
{
    internal NirReportHandle Handle { get; }

    internal NirReport(NirReportHandle handle) => Handle = handle;

    /// <summary>Reads NIR's export saved as CSV.</summary>
    public static NirReport FromCsv(string path, Context context, string? encoding = null)
    {
        Ensure.Ok(Native.introcheck_nir_report_load_csv(out var handle, context.Handle, path, encoding));
        return new NirReport(handle);
    }

    /// <summary>Number of rows.</summary>
    public int Count => (int)Native.introcheck_nir_report_row_count(Handle);

    /// <inheritdoc/>
    public void Dispose() => Handle.Dispose();
}
