using System.Text;
using System.Text.Json;

namespace IntroCheck;

/// <summary>Code lists, municipality data, deadlines, configuration and language.
/// One per municipality or tenant; nothing is shared between contexts.</summary>
public sealed class Context : IDisposable
{
    private readonly ContextHandle _handle;
    private bool _disposed;

    // A disposed context refuses use even while its children keep the native
    // handle alive (SafeHandle only closes once the last reference is gone).
    internal ContextHandle Handle => _disposed ? throw new ObjectDisposedException(nameof(Context)) : _handle;

    // For children of children (a dataset's results): they may still come
    // after the caller disposed the context.
    internal ContextHandle HandleForChildren => _handle;

    /// <summary>A context with the embedded code lists and default configuration.</summary>
    public Context(string language = "nb")
    {
        Ensure.Ok(Native.introcheck_context_new(out var handle));
        _handle = handle;
        Language = language;
    }

    private string _language = "nb";

    /// <summary>"nb", "nn" or "en": the language of messages.</summary>
    public string Language
    {
        get => _language;
        set { Ensure.Ok(Native.introcheck_context_set_language(Handle, value)); _language = value; }
    }

    /// <summary>Accept synthetic test ids (default false).</summary>
    public bool AllowSynthetic
    {
        get => Get(Abi.INTROCHECK_OPT_ALLOW_SYNTHETIC) != 0;
        set => Set(Abi.INTROCHECK_OPT_ALLOW_SYNTHETIC, value ? 1 : 0);
    }

    /// <summary>Full person ids and names in output (default false).</summary>
    public bool RevealIds
    {
        get => Get(Abi.INTROCHECK_OPT_REVEAL_IDS) != 0;
        set => Set(Abi.INTROCHECK_OPT_REVEAL_IDS, value ? 1 : 0);
    }

    /// <summary>Results: counts 1..N-1 are suppressed; 0 turns suppression off (default 5).</summary>
    public int SuppressBelow
    {
        get => (int)Get(Abi.INTROCHECK_OPT_SUPPRESS_BELOW);
        set => Set(Abi.INTROCHECK_OPT_SUPPRESS_BELOW, value);
    }

    /// <summary>Larger input files are refused (default 1 GiB).</summary>
    public long MaxInputBytes
    {
        get => Get(Abi.INTROCHECK_OPT_MAX_INPUT_BYTES);
        set => Set(Abi.INTROCHECK_OPT_MAX_INPUT_BYTES, value);
    }

    /// <summary>A row with a longer case id is rejected (default 256).</summary>
    public long MaxCaseIdBytes
    {
        get => Get(Abi.INTROCHECK_OPT_MAX_CASE_ID_BYTES);
        set => Set(Abi.INTROCHECK_OPT_MAX_CASE_ID_BYTES, value);
    }

    /// <summary>Threads for loading and checking large data, 1..256; 0 = one per core (default).
    /// Results are the same whatever the number.</summary>
    public int Threads { get => (int)Get(Abi.INTROCHECK_OPT_THREADS); set => Set(Abi.INTROCHECK_OPT_THREADS, value); }

    private long Get(int option) { Ensure.Ok(Native.introcheck_context_get_option(out var v, Handle, option)); return v; }
    private void Set(int option, long value) => Ensure.Ok(Native.introcheck_context_set_option(Handle, option, value));

    /// <summary>Reads configuration text (thresholds, severities, acknowledged findings) on top of the defaults.</summary>
    public void LoadConfig(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Ensure.Ok(Native.introcheck_context_load_config(Handle, bytes, (nuint)bytes.Length));
    }

    /// <summary>Replaces the "end_reasons", "measures" or "end_goals" code list from CSV text.</summary>
    public void LoadCodeList(string list, string csv)
    {
        int which = list switch
        {
            "end_reasons" => Abi.INTROCHECK_CODE_LIST_END_REASONS,
            "measures" => Abi.INTROCHECK_CODE_LIST_MEASURES,
            "end_goals" => Abi.INTROCHECK_CODE_LIST_END_GOALS,
            _ => throw new IntroCheckArgumentException(Abi.INTROCHECK_E_INVALID,
                $"code list must be end_reasons, measures or end_goals, not '{list}'"),
        };
        var bytes = Encoding.UTF8.GetBytes(csv);
        Ensure.Ok(Native.introcheck_context_load_code_list(Handle, which, bytes, (nuint)bytes.Length));
    }

    /// <summary>Overrides a rule's severity.</summary>
    public void SetSeverity(string rule, Severity severity) =>
        Ensure.Ok(Native.introcheck_context_set_severity(Handle, rule, (int)severity));

    /// <summary>Checks a fødselsnummer, D-nummer or DUF number.</summary>
    public PersonIdCheck CheckPersonId(string id, DateOnly? referenceDate = null)
    {
        var result = Native.New<Native.PersonId>(Native.introcheck_person_id_init);
        Ensure.Ok(Native.introcheck_check_person_id(ref result, Handle, id, Dates.ToInt(referenceDate)));
        return new PersonIdCheck(result.Valid != 0, FromC.Reason(result.Reason), FromC.Kind(result.Kind),
            result.Synthetic != 0, FromC.Series(result.Series), Dates.FromInt(result.BirthDate));
    }

    /// <summary>Is the municipality code valid on the date?</summary>
    public bool MunicipalityValid(string code, DateOnly on)
    {
        Ensure.Ok(Native.introcheck_municipality_valid(out var valid, Handle, code, Dates.ToInt(on)));
        return valid != 0;
    }

    /// <summary>The codes valid on the date that the area of <paramref name="code"/> went to.</summary>
    public IReadOnlyList<string> MunicipalitySuccessors(string code, DateOnly on)
    {
        Ensure.Ok(Native.introcheck_municipality_successors(out var json, Handle, code, Dates.ToInt(on)));
        using var doc = JsonDocument.Parse(Native.Take(json));
        return doc.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
    }

    /// <summary>The rule catalogue.</summary>
    public static IReadOnlyList<Rule> Rules()
    {
        var rules = new List<Rule>();
        for (nuint i = 0; i < Native.introcheck_rule_count(); ++i)
        {
            var r = Native.New<Native.Rule>(Native.introcheck_rule_init);
            Ensure.Ok(Native.introcheck_rule_info(ref r, i));
            rules.Add(new Rule(Native.Text(r.Id)!, FromC.Severity(r.Severity), Native.Text(r.TitleEn)!,
                Native.Text(r.TitleNb)!, Native.Text(r.Source)!));
        }
        return rules;
    }

    /// <summary>The version of the native library loaded.</summary>
    public static string LibraryVersion => Native.Text(Native.introcheck_version())!;

    /// <summary>Gives up the caller's use of the context. Datasets, NIR reports and results made from it
    /// keep its native memory alive until the last of them is disposed.</summary>
    public void Dispose()
    {
        _disposed = true;
        _handle.Dispose();
    }
}
