// The C ABI of introcheck.h, declared with source-generated marshalling.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntroCheck;

internal static partial class Native
{
    internal const string Lib = "introcheck";

    static Native() => Loader.Register();

    [StructLayout(LayoutKind.Sequential)]
    internal struct PersonId
    {
        public uint Size;
        public int Valid, Reason, Kind, Synthetic, Series, BirthDate;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Participation
    {
        public uint Size;
        public nint CaseId, PersonId, DufNumber, Category, LegalBasis, FollowUpMunicipality, FollowUpDistrict,
            ResidenceMunicipality, ResidenceDistrict;
        public int ProtectedAddress, StartDate, EndDate;
        public nint EndReason;
        public int Extended, CovidExtension, LeaveDays, SettlementDate;
        public long Line;
        // Version 2: integreringsloven and its chapter 6A.
        public nint PermitGround, Education, EndGoal;
        public int PermitDate, ArrivalDate, SettledByAgreement, MappingDate, CareerGuidanceDate, PlanDate,
            ChildrenUnder18, RegisteredDate;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Measure
    {
        public uint Size;
        public nint CaseId, MeasureCode;
        public int StartDate, EndDate;
        public double HoursPerWeek;
        public long Line;
        public int Completed;  // version 2
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct RunOptions
    {
        public uint Size;
        public int Year, AsOf, Deadline;
        public nint Municipality, Categories, EndReasons;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Summary
    {
        public uint Size;
        public long Errors, Warnings, Infos, Acknowledged, ParticipantsRead, ParticipantsAccepted,
            ParticipantsRejected, MeasuresRead, MeasuresAccepted, MeasuresRejected;
        public int MeasureRulesRan, Deadline;
        public long DaysLeft, ReportRows, MatchedEqual, MatchedWithDiscrepancies, UnmatchedReportRows,
            EndedInScope, MissingFromReport, ExplainedAbsences, ReportRowsOutOfScope;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Finding
    {
        public uint Size;
        public nint Rule;
        public int Severity, Acknowledged;
        public nint CaseId, Municipality, File;
        public long Line;
        public nint Field, Person, Message;
        public nuint ParamCount;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Absence
    {
        public uint Size;
        public nint CaseId, Municipality;
        public long Line;
        public int Reason;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Rule
    {
        public uint Size;
        public nint Id;
        public int Severity;
        public nint TitleEn, TitleNb, Source;
    }

    [LibraryImport(Lib)] internal static partial nint introcheck_version();
    [LibraryImport(Lib)] internal static partial nint introcheck_last_error();
    [LibraryImport(Lib)] internal static partial nint introcheck_status_str(int status);
    [LibraryImport(Lib)] internal static partial void introcheck_string_free(nint s);

    [LibraryImport(Lib)] internal static partial int introcheck_context_new(out ContextHandle ctx);
    [LibraryImport(Lib)] internal static partial void introcheck_context_free(nint ctx);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int introcheck_context_set_language(ContextHandle ctx, string language);
    [LibraryImport(Lib)] internal static partial int introcheck_context_set_option(ContextHandle ctx, int option, long value);
    [LibraryImport(Lib)] internal static partial int introcheck_context_get_option(out long value, ContextHandle ctx, int option);
    [LibraryImport(Lib)]
    internal static partial int introcheck_context_load_config(ContextHandle ctx, byte[] text, nuint length);
    [LibraryImport(Lib)]
    internal static partial int introcheck_context_load_code_list(ContextHandle ctx, int list, byte[] csv, nuint length);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int introcheck_context_set_severity(ContextHandle ctx, string rule, int severity);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int introcheck_check_person_id(ref PersonId result, ContextHandle ctx, string id, int referenceDate);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int introcheck_municipality_valid(out int valid, ContextHandle ctx, string code, int date);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int introcheck_municipality_successors(out nint json, ContextHandle ctx, string code, int date);

    [LibraryImport(Lib)] internal static partial int introcheck_dataset_new(out DatasetHandle ds, ContextHandle ctx);
    [LibraryImport(Lib)] internal static partial void introcheck_dataset_free(nint ds);
    [LibraryImport(Lib)] internal static partial int introcheck_dataset_add_participation(DatasetHandle ds, in Participation p);
    [LibraryImport(Lib)] internal static partial int introcheck_dataset_add_measure(DatasetHandle ds, in Measure m);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int introcheck_dataset_load_csv(DatasetHandle ds, string participants, string? measures, string? encoding);
    [LibraryImport(Lib)] internal static partial nuint introcheck_dataset_participation_count(DatasetHandle ds);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int introcheck_nir_report_load_csv(out NirReportHandle report, ContextHandle ctx, string path, string? encoding);
    [LibraryImport(Lib)] internal static partial void introcheck_nir_report_free(nint report);
    [LibraryImport(Lib)] internal static partial nuint introcheck_nir_report_row_count(NirReportHandle report);
    [LibraryImport(Lib)] internal static partial int introcheck_predict_report(out NirReportHandle report, DatasetHandle ds, in RunOptions options);

    [LibraryImport(Lib)] internal static partial int introcheck_validate(out ResultHandle result, DatasetHandle ds, in RunOptions options);
    [LibraryImport(Lib)]
    internal static partial int introcheck_reconcile(out ResultHandle result, DatasetHandle ds, NirReportHandle report, in RunOptions options);
    [LibraryImport(Lib)] internal static partial void introcheck_result_free(nint result);
    [LibraryImport(Lib)] internal static partial int introcheck_result_summary(ref Summary summary, ResultHandle result);
    [LibraryImport(Lib)] internal static partial nuint introcheck_result_finding_count(ResultHandle result);
    [LibraryImport(Lib)] internal static partial int introcheck_result_finding(ref Finding finding, ResultHandle result, nuint index);
    [LibraryImport(Lib)]
    internal static partial int introcheck_result_param(out nint name, out nint value, out int type, ResultHandle result, nuint index, nuint param);
    [LibraryImport(Lib)] internal static partial nuint introcheck_result_scope_count(ResultHandle result);
    [LibraryImport(Lib)] internal static partial int introcheck_result_scope_municipality(out nint code, ResultHandle result, nuint index);
    [LibraryImport(Lib)] internal static partial nuint introcheck_result_absence_count(ResultHandle result);
    [LibraryImport(Lib)] internal static partial int introcheck_result_absence(ref Absence absence, ResultHandle result, nuint index);
    [LibraryImport(Lib)] internal static partial nuint introcheck_result_skipped_rule_count(ResultHandle result);
    [LibraryImport(Lib)] internal static partial int introcheck_result_skipped_rule(out nint rule, out nint reason, ResultHandle result, nuint index);
    [LibraryImport(Lib)] internal static partial int introcheck_result_render(out nint text, out nuint length, ResultHandle result, int format);
    [LibraryImport(Lib)] internal static partial int introcheck_nir_report_render(out nint text, out nuint length, NirReportHandle report, int format, int year);
    [LibraryImport(Lib)]
    internal static partial int introcheck_results_render(out nint text, out nuint length, DatasetHandle ds, NirReportHandle report, in RunOptions options, int format);
    [LibraryImport(Lib, EntryPoint = "introcheck_results_render")]
    internal static partial int introcheck_results_render_from_dataset(out nint text, out nuint length, DatasetHandle ds, nint noReport, in RunOptions options, int format);

    [LibraryImport(Lib)] internal static partial nuint introcheck_rule_count();
    [LibraryImport(Lib)] internal static partial int introcheck_rule_info(ref Rule rule, nuint index);

    // The defaults of each struct, from the library rather than copied by hand.
    [LibraryImport(Lib)] internal static partial int introcheck_person_id_init(ref PersonId s, nuint size);
    [LibraryImport(Lib)] internal static partial int introcheck_participation_init(ref Participation s, nuint size);
    [LibraryImport(Lib)] internal static partial int introcheck_measure_init(ref Measure s, nuint size);
    [LibraryImport(Lib)] internal static partial int introcheck_run_options_init(ref RunOptions s, nuint size);
    [LibraryImport(Lib)] internal static partial int introcheck_summary_init(ref Summary s, nuint size);
    [LibraryImport(Lib)] internal static partial int introcheck_finding_init(ref Finding s, nuint size);
    [LibraryImport(Lib)] internal static partial int introcheck_absence_init(ref Absence s, nuint size);
    [LibraryImport(Lib)] internal static partial int introcheck_rule_init(ref Rule s, nuint size);

    internal delegate int Init<T>(ref T s, nuint size) where T : struct;

    /// <summary>A struct with the library's defaults (introcheck_*_init).</summary>
    internal static T New<T>(Init<T> init) where T : struct
    {
        var s = default(T);
        Ensure.Ok(init(ref s, SizeOf<T>()));
        return s;
    }

    internal static string? Text(nint p) => p == 0 ? null : Marshal.PtrToStringUTF8(p);

    /// <summary>A library-allocated string: copied, then freed.</summary>
    internal static string Take(nint p)
    {
        try { return Marshal.PtrToStringUTF8(p) ?? ""; }
        finally { introcheck_string_free(p); }
    }

    internal static uint SizeOf<T>() where T : struct => (uint)Unsafe.SizeOf<T>();
}
