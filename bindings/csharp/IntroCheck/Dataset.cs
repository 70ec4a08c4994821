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
    /// <summary>rett_og_plikt, kan_tilbys or rett_6a (or NIR's label).</summary>
    public string? Category { get; init; }
    /// <summary>introduksjonsloven, integreringsloven or integreringsloven_6a; empty: by permit or start date.</summary>
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
    /// <summary>The residence permit's ground: utl_28, utl_35, utl_38, utl_34, utl_53, family, other (or a label).</summary>
    public string? PermitGround { get; init; }
    /// <summary>Residence permit granted (vedtaksdato).</summary>
    public DateOnly? PermitDate { get; init; }
    /// <summary>Arrival in Norway.</summary>
    public DateOnly? ArrivalDate { get; init; }
    /// <summary>Settled by agreement with the integration authorities; null: not known (false is "nei").</summary>
    public bool? SettledByAgreement { get; init; }
    /// <summary>The highest completed education: none, primary, upper_secondary, higher (or a label).</summary>
    public string? Education { get; init; }
    /// <summary>Sluttmål: a code or label of the end-goal list.</summary>
    public string? EndGoal { get; init; }
    /// <summary>Competence mapping (kompetansekartlegging) done.</summary>
    public DateOnly? MappingDate { get; init; }
    /// <summary>Career guidance (karriereveiledning) done.</summary>
    public DateOnly? CareerGuidanceDate { get; init; }
    /// <summary>Integration plan (integreringsplan) made.</summary>
    public DateOnly? PlanDate { get; init; }
    /// <summary>Has children under 18; null: not known.</summary>
    public bool? ChildrenUnder18 { get; init; }
    /// <summary>The participation's latest change registered in NIR.</summary>
    public DateOnly? RegisteredDate { get; init; }
}

/// <summary>One measure to add record by record. The measure takes a code or a label.</summary>
public sealed record MeasureRecord
{
    /// <summary>The participation's case id.</summary>
    public required string CaseId { get; init; }
    /// <summary>Tiltak: a code or label of the measure list.</summary>
    public required string Measure { get; init; }
    /// <summary>Start of the measure.</summary>
    public DateOnly? StartDate { get; init; }
    /// <summary>End of the measure; null while it runs.</summary>
    public DateOnly? EndDate { get; init; }
    /// <summary>Hours per week.</summary>
    public double? HoursPerWeek { get; init; }
    /// <summary>A course (livsmestring, foreldreveiledning) completed; null: not known (false is "nei").</summary>
    public bool? Completed { get; init; }
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
        handle.Hold(Context.Handle);
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

    // A boolean that tells "no" from empty, as the C struct's version 2 members take it.
    // A boolean that tells "no" from empty, as an introcheck_answer.
    private static int Tri(bool? b) =>
        b is { } v ? (v ? Abi.INTROCHECK_ANSWER_YES : Abi.INTROCHECK_ANSWER_NO) : Abi.INTROCHECK_ANSWER_EMPTY;

    /// <summary>Adds one participation, read exactly as a CSV row would be. A field becomes a column of the
    /// dataset once some record gives it a value, so the rules that need a column (IC112 the permit dates,
    /// IC113 the end goal ...) run only then, as for a CSV file with that column.</summary>
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
            var p = Native.New<Native.Participation>(Native.introcheck_participation_init);
            p.CaseId = S(r.CaseId);
            p.PersonId = S(r.PersonId);
            p.DufNumber = S(r.DufNumber);
            p.Category = S(r.Category);
            p.LegalBasis = S(r.LegalBasis);
            p.FollowUpMunicipality = S(r.FollowUpMunicipality);
            p.FollowUpDistrict = S(r.FollowUpDistrict);
            p.ResidenceMunicipality = S(r.ResidenceMunicipality);
            p.ResidenceDistrict = S(r.ResidenceDistrict);
            p.ProtectedAddress = r.ProtectedAddress ? 1 : 0;
            p.StartDate = Dates.ToInt(r.StartDate);
            p.EndDate = Dates.ToInt(r.EndDate);
            p.EndReason = S(r.EndReason);
            p.Extended = r.Extended ? 1 : 0;
            p.CovidExtension = r.CovidExtension ? 1 : 0;
            if (r.LeaveDays is { } leave) p.LeaveDays = leave;
            p.SettlementDate = Dates.ToInt(r.SettlementDate);
            p.Line = r.Line;
            p.PermitGround = S(r.PermitGround);
            p.Education = S(r.Education);
            p.EndGoal = S(r.EndGoal);
            p.PermitDate = Dates.ToInt(r.PermitDate);
            p.ArrivalDate = Dates.ToInt(r.ArrivalDate);
            p.SettledByAgreement = Tri(r.SettledByAgreement);
            p.MappingDate = Dates.ToInt(r.MappingDate);
            p.CareerGuidanceDate = Dates.ToInt(r.CareerGuidanceDate);
            p.PlanDate = Dates.ToInt(r.PlanDate);
            p.ChildrenUnder18 = Tri(r.ChildrenUnder18);
            p.RegisteredDate = Dates.ToInt(r.RegisteredDate);
            Ensure.Ok(Native.introcheck_dataset_add_participation(Handle, in p));
        }
        finally
        {
            foreach (var s in strings) Marshal.FreeCoTaskMem(s);
        }
    }

    /// <summary>Adds one measure; the dataset then has measures and measure rules run.</summary>
    public void AddMeasure(string caseId, string measure, DateOnly? start, DateOnly? end = null,
        double? hoursPerWeek = null, long line = 0) =>
        Add(new MeasureRecord
        {
            CaseId = caseId, Measure = measure, StartDate = start, EndDate = end, HoursPerWeek = hoursPerWeek,
            Line = line,
        });

    /// <summary>Adds one measure, read exactly as a measures.csv row would be; the dataset then has measures
    /// and measure rules run.</summary>
    public void Add(MeasureRecord r)
    {
        nint c = Marshal.StringToCoTaskMemUTF8(r.CaseId), m = Marshal.StringToCoTaskMemUTF8(r.Measure);
        try
        {
            var record = Native.New<Native.Measure>(Native.introcheck_measure_init);
            record.CaseId = c;
            record.MeasureCode = m;
            record.StartDate = Dates.ToInt(r.StartDate);
            record.EndDate = Dates.ToInt(r.EndDate);
            if (r.HoursPerWeek is { } hours) record.HoursPerWeek = hours;
            record.Line = r.Line;
            record.Completed = Tri(r.Completed);
            Ensure.Ok(Native.introcheck_dataset_add_measure(Handle, in record));
        }
        finally
        {
            Marshal.FreeCoTaskMem(c);
            Marshal.FreeCoTaskMem(m);
        }
    }

    internal static Native.RunOptions Options(int year, DateOnly? asOf, DateOnly? deadline = null)
    {
        var o = Native.New<Native.RunOptions>(Native.introcheck_run_options_init);
        o.Year = year;
        o.AsOf = Dates.ToInt(asOf);
        o.Deadline = Dates.ToInt(deadline);
        return o;
    }

    private Report Adopt(ResultHandle result)
    {
        result.Hold(Context.HandleForChildren);
        return new Report(result);
    }

    /// <summary>Runs every rule of the catalogue.</summary>
    public Report Validate(int year, DateOnly? asOf = null, DateOnly? deadline = null)
    {
        var options = Options(year, asOf, deadline);
        Ensure.Ok(Native.introcheck_validate(out var result, Handle, in options));
        return Adopt(result);
    }

    /// <summary>Reconciles NIR's report against this dataset.</summary>
    public Report Reconcile(NirReport report, int year, DateOnly? asOf = null)
    {
        var options = Options(year, asOf);
        Ensure.Ok(Native.introcheck_reconcile(out var result, Handle, report.Handle, in options));
        return Adopt(result);
    }

    /// <summary>NIR's report as NIR will show it.</summary>
    public NirReport PredictReport(int year, DateOnly? asOf = null)
    {
        var options = Options(year, asOf);
        Ensure.Ok(Native.introcheck_predict_report(out var handle, Handle, in options));
        handle.Hold(Context.HandleForChildren);
        return new NirReport(handle);
    }

    /// <summary>The published results (rows of docs/results.schema.json), suppressed as the context says.</summary>
    public IReadOnlyList<ResultRow> Results(int year, DateOnly? asOf = null, NirReport? report = null)
    {
        var options = Options(year, asOf);
        nint text;
        if (report is null)
            Ensure.Ok(Native.introcheck_results_render_from_dataset(out text, out _, Handle, 0, in options,
                Abi.INTROCHECK_FORMAT_JSON));
        else
            Ensure.Ok(Native.introcheck_results_render(out text, out _, Handle, report.Handle, in options,
                Abi.INTROCHECK_FORMAT_JSON));
        using var doc = JsonDocument.Parse(Native.Take(text));
        static long? Count(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();
        return doc.RootElement.GetProperty("rows").EnumerateArray().Select(r => new ResultRow(
            r.GetProperty("municipality").GetString()!,
            r.GetProperty("district").ValueKind == JsonValueKind.Null ? null : r.GetProperty("district").GetString(),
            r.GetProperty("category").GetString() switch
            {
                "rett_og_plikt" => IntroCheck.Category.RettOgPlikt,
                "kan_tilbys" => IntroCheck.Category.KanTilbys,
                "rett_6a" => IntroCheck.Category.Rett6A,
                _ => null,
            },
            r.GetProperty("includes_protected").GetBoolean(),
            Count(r.GetProperty("ended")),
            r.GetProperty("groups").EnumerateObject().ToDictionary(g => g.Name, g => Count(g.Value)),
            r.GetProperty("share_work_education").ValueKind == JsonValueKind.Null ? null : r.GetProperty("share_work_education").GetDouble(),
            r.GetProperty("suppressed").GetBoolean(),
            r.GetProperty("suppressed_fields").EnumerateArray().Select(f => f.GetString()!).ToList(),
            r.GetProperty("legal_basis").ValueKind == JsonValueKind.Null ? null : r.GetProperty("legal_basis").GetString())).ToList();
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
        handle.Hold(context.Handle);
        return new NirReport(handle);
    }

    /// <summary>Number of rows.</summary>
    public int Count => (int)Native.introcheck_nir_report_row_count(Handle);

    /// <summary>The report for reporting year <paramref name="year"/> in its context's language and masking
    /// (JSON, CSV or text).</summary>
    public string Render(int year, OutputFormat format = OutputFormat.Json)
    {
        Ensure.Ok(Native.introcheck_nir_report_render(out var text, out _, Handle, (int)format, year));
        return Native.Take(text);
    }

    /// <inheritdoc/>
    public void Dispose() => Handle.Dispose();
}
