using IntroCheck;
using Xunit;

namespace IntroCheck.Tests;

public class BindingTests
{
    static readonly DateOnly AsOf = new(2024, 1, 15);

    static string Source =>
        Environment.GetEnvironmentVariable("INTROCHECK_SOURCE_DIR")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../.."));

    static string Examples => Path.Combine(Source, "examples");

    static string Cases => Path.Combine(Source, "tests", "conformance", "cases");

    static ParticipationRecord Clean(string caseId = "K1") => new()
    {
        CaseId = caseId, PersonId = "12839010182", Category = "rett_og_plikt", FollowUpMunicipality = "0301",
        FollowUpDistrict = "030101", ResidenceMunicipality = "0301", ResidenceDistrict = "030101",
        StartDate = new DateOnly(2022, 3, 1), EndDate = new DateOnly(2023, 6, 30), EndReason = "arbeid_heltid",
        SettlementDate = new DateOnly(2021, 11, 15), Line = 2, LegalBasis = "introduksjonsloven",
    };

    [Fact]
    public void ValidatesCsvFiles()
    {
        using var ctx = new Context("en") { AllowSynthetic = true };
        using var ds = Dataset.FromCsv(Path.Combine(Examples, "participants.csv"), Path.Combine(Examples, "measures.csv"), ctx);
        using var report = ds.Validate(2023, AsOf);
        var findings = report.ToList();
        Assert.Equal(report.Count, findings.Count);
        Assert.DoesNotContain(findings, f => f.Rule == "IC002");
        var ic101 = Assert.Single(findings, f => f.Rule == "IC101");
        Assert.Equal(Severity.Error, ic101.Severity);
        Assert.IsType<DateOnly>(ic101.Params["end_date"]);
        Assert.EndsWith("*****", ic101.Person);
        Assert.Contains("without an end reason", ic101.Message);
        var s = report.Summary;
        Assert.Equal(78, s.ParticipantsRead);
        Assert.Equal(new DateOnly(2024, 2, 29), s.Deadline);
        Assert.Equal(findings.Count(f => f.Severity == Severity.Error && !f.Acknowledged), s.Errors);
    }

    [Fact]
    public void TheEndGoalListIsReplaceable()
    {
        // I-04: education unknown, end goal hoyere_utdanning: the list's length_group "short" gives IC106.
        const string goals = "code,label_nb,label_nn,label_en,length_group\n" +
                             "hoyere_utdanning,Kvalifisert for høyere utdanning,Kvalifisert for høgare utdanning,Higher,\n";
        var found = new List<HashSet<(string, string?)>>();
        foreach (var replace in new[] { false, true })
        {
            using var ctx = new Context { AllowSynthetic = true };
            if (replace) ctx.LoadCodeList("end_goals", goals);
            using var ds = Dataset.FromCsv(Path.Combine(Cases, "integreringsloven", "participants.csv"),
                                           Path.Combine(Cases, "integreringsloven", "measures.csv"), ctx);
            using var report = ds.Validate(2023, AsOf);
            found.Add(report.Select(f => (f.Rule, f.CaseId)).ToHashSet());
        }
        Assert.Contains(("IC106", "I-04"), found[0]);
        Assert.DoesNotContain(("IC106", "I-04"), found[1]);
        Assert.Contains(("IC106", "I-01"), found[1]);
        using var other = new Context();
        Assert.Throws<IntroCheckArgumentException>(() => other.LoadCodeList("sluttmal", goals));
    }

    [Fact]
    public void BuildsRecordByRecord()
    {
        using var ds = new Dataset();
        ds.Context.AllowSynthetic = true;
        ds.Add(Clean());
        ds.Add(Clean("K2") with { PersonId = "05878812028", EndReason = null });
        ds.AddMeasure("K1", "norsk", new DateOnly(2022, 3, 1), new DateOnly(2023, 6, 30), 37.5);
        ds.AddMeasure("K2", "Opplæring i norsk", new DateOnly(2022, 3, 1), new DateOnly(2023, 6, 30));
        Assert.Equal(2, ds.Count);
        using var report = ds.Validate(2023, AsOf);
        var f = Assert.Single(report);
        Assert.Equal(("IC101", "K2"), (f.Rule, f.CaseId));
        Assert.Contains("30. juni 2023", f.Message);
        Assert.Contains("\"rule\": \"IC101\"", report.Render(OutputFormat.Json));
    }

    [Fact]
    public void StructsAreVersion2()
    {
        var p = Native.New<Native.Participation>(Native.introcheck_participation_init);
        Assert.Equal(Native.SizeOf<Native.Participation>(), p.Size);
        Assert.Equal((Abi.INTROCHECK_ANSWER_EMPTY, Abi.INTROCHECK_ANSWER_EMPTY, 0, (nint)0), (p.SettledByAgreement, p.ChildrenUnder18, p.PermitDate, p.PermitGround));
        Assert.Equal(Native.SizeOf<Native.Participation>(),
            (uint)System.Runtime.InteropServices.Marshal.OffsetOf<Native.Participation>(nameof(Native.Participation.RegisteredDate)) + 4);
        var m = Native.New<Native.Measure>(Native.introcheck_measure_init);
        Assert.Equal(Abi.INTROCHECK_ANSWER_EMPTY, m.Completed);
    }

    [Fact]
    public void PermitDateContradictingTheStatedAct()
    {
        using var ds = new Dataset(new Context { AllowSynthetic = true });
        ds.Add(Clean() with { LegalBasis = "introduksjonsloven", PermitDate = new DateOnly(2022, 5, 1) });
        using var report = ds.Validate(2023, AsOf);
        var ic112 = Assert.Single(report, f => f.Rule == "IC112");
        Assert.Equal("legal_basis", ic112.Field);
        Assert.Equal(new DateOnly(2022, 5, 1), ic112.Params["permit_date"]);
        Assert.Equal("integreringsloven", ic112.Params["legal_basis"]);

        // The same row as CSV columns gives the same findings.
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "participants.csv");
            File.WriteAllText(path,
                "case_id,person_id,category,legal_basis,follow_up_municipality,follow_up_district,"
                + "residence_municipality,residence_district,start_date,end_date,end_reason,settlement_date,permit_date\n"
                + "K1,12839010182,rett_og_plikt,introduksjonsloven,0301,030101,0301,030101,2022-03-01,2023-06-30,"
                + "arbeid_heltid,2021-11-15,2022-05-01\n");
            using var csv = Dataset.FromCsv(path, context: ds.Context);
            using var byCsv = csv.Validate(2023, AsOf);
            Assert.Equal(byCsv.Select(f => (f.Rule, f.Field, f.Line, f.Severity, f.Params)),
                         report.Select(f => (f.Rule, f.Field, f.Line, f.Severity, f.Params)));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Chapter6aWithDuty()
    {
        using var ds = new Dataset(new Context { AllowSynthetic = true });
        ds.Add(Clean() with { LegalBasis = "integreringsloven_6a" });
        ds.Add(Clean("K2") with { PersonId = "05878812028", LegalBasis = "integreringsloven_6a", Category = "rett_6a" });
        using var report = ds.Validate(2023, AsOf);
        Assert.Contains(report, f => f.Rule == "IC117" && f.CaseId == "K1");
        Assert.DoesNotContain(report, f => f.Rule == "IC117" && f.CaseId == "K2");
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(null, false)]
    [InlineData(true, false)]
    public void NoIsNotEmpty(bool? settled, bool fires)
    {
        using var ds = new Dataset(new Context { AllowSynthetic = true });
        ds.Add(Clean() with
        {
            LegalBasis = "integreringsloven", PermitGround = "utl_28", PermitDate = new DateOnly(2022, 1, 1),
            SettledByAgreement = settled,
        });
        using var report = ds.Validate(2023, AsOf);
        Assert.Equal(fires, report.Any(f => f.Rule == "IC118"));
    }

    [Fact]
    public void CourseNotCompleted()
    {
        Finding Ic115(bool? completed)
        {
            using var ds = new Dataset(new Context { AllowSynthetic = true });
            ds.Add(Clean() with { LegalBasis = "integreringsloven", PermitDate = new DateOnly(2022, 1, 1) });
            ds.Add(new MeasureRecord
            {
                CaseId = "K1", Measure = "livsmestring", StartDate = new DateOnly(2022, 3, 1),
                EndDate = new DateOnly(2022, 12, 31), Completed = completed,
            });
            using var report = ds.Validate(2023, AsOf);
            return report.First(f => f.Rule == "IC115");
        }
        Assert.Equal("livsmestring", Ic115(false).Params["not_completed"]);
        Assert.DoesNotContain("livsmestring", (string)Ic115(true).Params["missing"]!);
        Assert.DoesNotContain("livsmestring", (string)Ic115(null).Params["missing"]!);
    }

    [Fact]
    public void AllNewFieldsAreRead()
    {
        using var ds = new Dataset(new Context { AllowSynthetic = true });
        ds.Add(Clean() with
        {
            LegalBasis = "integreringsloven", PermitGround = "§ 28", PermitDate = new DateOnly(2022, 1, 1),
            ArrivalDate = new DateOnly(2021, 12, 1), SettledByAgreement = true, Education = "higher",
            EndGoal = "arbeid", MappingDate = new DateOnly(2022, 3, 15), CareerGuidanceDate = new DateOnly(2022, 4, 1),
            PlanDate = new DateOnly(2022, 5, 1), ChildrenUnder18 = false, RegisteredDate = new DateOnly(2023, 7, 1),
        });
        using (var clean = ds.Validate(2023, AsOf))
            Assert.DoesNotContain(clean, f => f.Rule is "IC003" or "IC006" or "IC112" or "IC113" or "IC116" or "IC118");
        ds.Add(Clean("K2") with
        {
            PersonId = "05878812028", PermitGround = "nonsense", Education = "nonsense", EndGoal = "nonsense",
        });
        using var report = ds.Validate(2023, AsOf);
        var invalid = report.Where(f => f.CaseId == "K2" && f.Rule is "IC003" or "IC006").Select(f => f.Field).ToHashSet();
        Assert.Superset(new HashSet<string?> { "permit_ground", "education", "end_goal" }, invalid);
    }

    [Fact]
    public void SyntheticIdsAreRefusedByDefault()
    {
        using var ds = new Dataset();
        ds.Add(Clean());
        using var report = ds.Validate(2023, AsOf);
        Assert.Contains(report, f => f.Rule == "IC002");
    }

    [Fact]
    public void ReconcilesNirsReport()
    {
        using var ctx = new Context { AllowSynthetic = true };
        using var ds = Dataset.FromCsv(Path.Combine(Examples, "participants.csv"), Path.Combine(Examples, "measures.csv"), ctx);
        using var nir = NirReport.FromCsv(Path.Combine(Examples, "nir_report.csv"), ctx);
        Assert.Equal(31, nir.Count);
        using var report = ds.Reconcile(nir, 2023, AsOf);
        var s = report.Summary;
        Assert.Equal(s.ReportRows, s.MatchedEqual + s.MatchedWithDiscrepancies + s.UnmatchedReportRows);
        Assert.Equal(s.EndedInScope, s.MatchedEqual + s.MatchedWithDiscrepancies + s.MissingFromReport + s.ExplainedAbsences);
        Assert.Contains(report, f => f.Rule == "IC401");
        Assert.StartsWith("<!DOCTYPE html>", report.Render(OutputFormat.Html));
        Assert.Contains("<testsuites name=\"introcheck reconcile 2023\"", report.Render(OutputFormat.JUnit));
        Assert.NotEqual(report.Render(OutputFormat.JUnit), report.Render(OutputFormat.JUnitStrict));
        using var predicted = ds.PredictReport(2023, AsOf);
        Assert.Equal(29, predicted.Count);
        var rows = ds.Results(2023, AsOf);
        var total = Assert.Single(rows, r => r.District is null && r.Category is null && r.LegalBasis is null);
        Assert.True(total.IncludesProtected);
        Assert.Single(rows, r => r.District is null && r.Category == Category.Rett6A);
        Assert.Equal(new string?[] { "ordinary", "integreringsloven_6a" },
            rows.Where(r => r.LegalBasis is not null).Select(r => r.LegalBasis).ToArray());
        foreach (var r in rows)
            foreach (var (name, value) in r.Groups)
                Assert.Equal(value is null, r.SuppressedFields.Contains("groups." + name));
    }

    [Fact]
    public void ChecksIdsAndMunicipalities()
    {
        using var ctx = new Context();
        var id = ctx.CheckPersonId("20036914700", new DateOnly(2026, 11, 28));
        Assert.Equal((true, IdReason.Ok, IdKind.Fnr, IdSeries.Classic, (DateOnly?)new DateOnly(1969, 3, 20)),
            (id.Valid, id.Reason, id.Kind, id.Series, id.BirthDate));
        Assert.Equal(IdReason.Synthetic, ctx.CheckPersonId("03851598730").Reason);
        var shapeless = ctx.CheckPersonId("12345");
        Assert.Equal((IdReason.Length, IdKind.None, IdSeries.None), (shapeless.Reason, shapeless.Kind, shapeless.Series));
        Assert.True(ctx.MunicipalityValid("0101", new DateOnly(2019, 12, 31)));
        Assert.False(ctx.MunicipalityValid("0101", new DateOnly(2020, 1, 1)));
        Assert.Equal(new[] { "1508", "1580" }, ctx.MunicipalitySuccessors("1507", new DateOnly(2024, 1, 1)));
        Assert.Equal(49, Context.Rules().Count);
        Assert.Equal("0.2.0", Context.LibraryVersion);
    }

    [Fact]
    public void SettingsBelongToTheirContext()
    {
        using var nn = new Context("nn") { AllowSynthetic = true };
        nn.SetSeverity("IC101", Severity.Warning);
        using var ds = new Dataset(nn);
        ds.Add(Clean() with { EndReason = null });
        using var report = ds.Validate(2023, AsOf);
        var f = Assert.Single(report, x => x.Rule == "IC101");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("avslutta", f.Message);
        using var other = new Context();
        Assert.False(other.AllowSynthetic);
    }

    [Fact]
    public void MapsStatusCodesToExceptions()
    {
        var io = Assert.Throws<IntroCheckIOException>(() => Dataset.FromCsv("/nonexistent/participants.csv"));
        Assert.Equal(Abi.INTROCHECK_E_IO, io.Status);
        Assert.Throws<IntroCheckArgumentException>(() => new Context("de"));
        using var ctx = new Context { Threads = 1 };
        Assert.Equal(1, ctx.Threads);
        Assert.Throws<IntroCheckArgumentException>(() => ctx.Threads = -1);
        var parse = Assert.Throws<IntroCheckDataException>(() => ctx.LoadConfig("[severity]\nIC101 = fatal\n"));
        Assert.Contains("config:2", parse.Message);
        using var ds = new Dataset(ctx);
        using var report = ds.Validate(2023, AsOf);
        Assert.Throws<IntroCheckIndexException>(() => report[3]);
        Assert.Throws<IntroCheckArgumentException>(() => ds.Validate(1, AsOf));
        using var small = new Context { MaxInputBytes = 10 };
        Assert.Throws<IntroCheckLimitException>(() => Dataset.FromCsv(Path.Combine(Examples, "participants.csv"), null, small));
    }

    // The table of bindings/README.md, which the Python binding follows too.
    [Theory]
    [InlineData(Abi.INTROCHECK_E_INVALID, typeof(IntroCheckArgumentException))]
    [InlineData(Abi.INTROCHECK_E_IO, typeof(IntroCheckIOException))]
    [InlineData(Abi.INTROCHECK_E_PARSE, typeof(IntroCheckDataException))]
    [InlineData(Abi.INTROCHECK_E_ENCODING, typeof(IntroCheckDataException))]
    [InlineData(Abi.INTROCHECK_E_LIMIT, typeof(IntroCheckLimitException))]
    [InlineData(Abi.INTROCHECK_E_RANGE, typeof(IntroCheckIndexException))]
    [InlineData(Abi.INTROCHECK_E_NOMEM, typeof(IntroCheckMemoryException))]
    [InlineData(Abi.INTROCHECK_E_INTERNAL, typeof(IntroCheckInternalException))]
    [InlineData(-99, typeof(IntroCheckInternalException))]
    public void EachStatusThrowsItsFamily(int status, Type family)
    {
        var e = Ensure.ErrorFor(status, "message");
        Assert.IsType(family, e);
        Assert.Equal(status, e.Status);
    }

    [Fact]
    public void ValuesANewerLibraryAppendsReadAsUnknown()
    {
        Assert.Equal(IdReason.Unknown, FromC.Reason(99));
        Assert.Equal(IdKind.Unknown, FromC.Kind(99));
        Assert.Equal(IdSeries.Unknown, FromC.Series(99));
        Assert.Equal(Severity.Unknown, FromC.Severity(99));
        Assert.Equal(AbsenceReason.Unknown, FromC.Absence(99));
    }

    [Fact]
    public void EqualFindingsCompareEqual()
    {
        List<Finding> Run()
        {
            using var ds = new Dataset(new Context { AllowSynthetic = true });
            ds.Add(Clean() with { EndReason = null });
            using var report = ds.Validate(2023, AsOf);
            return report.ToList();
        }
        var (a, b) = (Run(), Run());
        Assert.Equal(a, b);
        Assert.Equal(a.Select(f => f.GetHashCode()), b.Select(f => f.GetHashCode()));
        Assert.Equal(a.Count, a.Concat(b).ToHashSet().Count);
        var other = new ParamMap([new("end_date", new DateOnly(2023, 7, 1))]);
        Assert.NotEqual(a[0] with { Params = other }, b[0]);
        Assert.Equal(new DateOnly(2023, 6, 30), a[0].Params["end_date"]);
    }

    [Fact]
    public void SkippedRulesOfAFileWithoutTheIntegreringslovenColumns()
    {
        using var ds = Dataset.FromCsv(Path.Combine(Cases, "windows_1252", "participants.csv"));
        using var report = ds.Validate(2023, AsOf);
        var expected = new[]
        {
            new SkippedRule("IC112", "the participants have no column legal_basis, and no column permit_date or arrival_date"),
            new SkippedRule("IC113", "the participants have no column end_goal"),
            new SkippedRule("IC116", "the participants have no column mapping_date, and no column career_guidance_date"),
            new SkippedRule("IC118", "the participants have no column settled_by_agreement, and no column permit_ground"),
            new SkippedRule("IC119", "the participants have no column registered_date"),
        };
        var summary = report.Summary;
        Assert.Equal(expected, summary.SkippedRules);
        Assert.Contains("\"skipped_rules\": [{\"rule\": \"IC112\"", report.Render(OutputFormat.Json));
        // Two reads of the summary are equal records, skipped rules and all.
        Assert.Equal(summary, report.Summary);
        Assert.Equal(summary.GetHashCode(), report.Summary.GetHashCode());
        Assert.NotEqual(summary, summary with { SkippedRules = expected[..4] });
        Assert.Equal(summary, summary with { SkippedRules = expected.ToList() });
        using var nir = NirReport.FromCsv(Path.Combine(Examples, "nir_report.csv"), ds.Context);
        using var rec = ds.Reconcile(nir, 2023, AsOf);
        Assert.Equal(expected, rec.Summary.SkippedRules);
    }

    [Fact]
    public void NoSkippedRulesForTheExampleData()
    {
        using var ds = Dataset.FromCsv(Path.Combine(Examples, "participants.csv"), Path.Combine(Examples, "measures.csv"));
        using var report = ds.Validate(2023, AsOf);
        Assert.Empty(report.Summary.SkippedRules);
    }

    [Fact]
    public void ContextDisposedFirst()
    {
        var ctx = new Context("en") { AllowSynthetic = true };
        using var ds = Dataset.FromCsv(Path.Combine(Examples, "participants.csv"), Path.Combine(Examples, "measures.csv"), ctx);
        using var nir = NirReport.FromCsv(Path.Combine(Examples, "nir_report.csv"), ctx);
        using var predicted = ds.PredictReport(2023, AsOf);
        using var validated = ds.Validate(2023, AsOf);
        ctx.Dispose();
        Assert.Throws<ObjectDisposedException>(() => ctx.Language = "nb");
        Assert.Contains("The participant", validated.First(f => f.Rule == "IC101").Message);
        using var again = ds.Validate(2023, AsOf);
        Assert.DoesNotContain(again, f => f.Rule == "IC002");  // allow_synthetic from the disposed context
        using var rec = ds.Reconcile(nir, 2023, AsOf);
        Assert.Equal(31, rec.Summary.ReportRows);
        Assert.Equal(new[] { "0301" }, rec.Scope);
        Assert.Equal(new[] { new Absence("K-2027", "0301", 68, AbsenceReason.ProtectedAddress),
                             new Absence("K-2028", "0301", 69, AbsenceReason.CovidExtension) }, rec.Absences);
        Assert.Contains("Participants who ended", predicted.Render(2023, OutputFormat.Text));
        Assert.NotEmpty(ds.Results(2023, AsOf, nir));
        Assert.Empty(validated.Scope);
        Assert.Empty(validated.Absences);
    }

    [Fact]
    public void DisposedHandlesAreRefused()
    {
        var ds = new Dataset();
        ds.Dispose();
        Assert.Throws<ObjectDisposedException>(() => ds.Count);
        for (int i = 0; i < 200; ++i)
        {
            var leaked = new Dataset();  // not disposed: the SafeHandle frees it
            leaked.Add(Clean());
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    [Fact]
    public void AVendorExportReadThroughTheContextsMappingGivesTheCanonicalFindings()
    {
        var vendor = Path.Combine(Examples, "vendor");
        using var ctx = new Context("en") { AllowSynthetic = true };
        ctx.LoadConfig(File.ReadAllText(Path.Combine(vendor, "mapping.conf")));
        using var canonical = Dataset.FromCsv(Path.Combine(Examples, "participants.csv"), Path.Combine(Examples, "measures.csv"), ctx);
        using var exported = Dataset.FromCsv(Path.Combine(vendor, "participants.csv"), Path.Combine(vendor, "measures.csv"), ctx);
        Assert.Equal(canonical.Count, exported.Count);
        using var a = canonical.Validate(2023, AsOf);
        using var b = exported.Validate(2023, AsOf);
        Assert.True(a.Count > 40);
        Assert.Equal(a.Select(f => f with { File = null }), b.Select(f => f with { File = null }));
        Assert.Equal(a.Summary.Errors, b.Summary.Errors);

        using var json = System.Text.Json.JsonDocument.Parse(b.Render());
        var summary = json.RootElement.GetProperty("summary");
        var columns = summary.GetProperty("columns").GetProperty("measures").EnumerateArray()
            .Select(c => (c.GetProperty("column").GetString(), c.GetProperty("field").GetString(), c.GetProperty("by").GetString()))
            .ToList();
        Assert.Contains(("Tiltakskode", "measure", "alias"), columns);
        var values = summary.GetProperty("value_mapping").GetProperty("measures").EnumerateArray()
            .Select(v => (v.GetProperty("value").GetString(), v.GetProperty("code").GetString())).ToList();
        Assert.Contains(("T-LM", "livsmestring"), values);
        Assert.Contains("columns from the configuration: Målgruppe = category", b.Render(OutputFormat.Text));

        var wrong = Assert.Throws<IntroCheckDataException>(() => ctx.LoadConfig("[columns.measures]\nTimer = timer\n"));
        Assert.Contains("config:2: Timer: 'timer' is not a field of measures.csv", wrong.Message);
    }
}
