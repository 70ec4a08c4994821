using System.Text;
using System.Text.Json;

namespace IntroCheck;

/// <summary>Code lists, municipality data, deadlines, configuration and language.
/// One per municipality or tenant; nothing is shared between contexts.</summary>
public sealed class Context : IDisposable
{
    internal ContextHandle Handle { get; }

    /// <summary>A context with the embedded code lists and default configuration.</summary>
    public Context(string language = "nb")
    {
        Ensure.Ok(Native.introcheck_context_new(out var handle));
        Handle = handle;
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
    public bool AllowSynthetic { get => Get(1) != 0; set => Set(1, value ? 1 : 0); }

    /// <summary>Full person ids and names in output (default false).</summary>
    public bool RevealIds { get => Get(2) != 0; set => Set(2, value ? 1 : 0); }

    /// <summary>Results: counts 1..N-1 are suppressed; 0 turns suppression off (default 5).</summary>
    public int SuppressBelow { get => (int)Get(3); set => Set(3, value); }

    /// <summary>Threads for loading and checking large data, 1..256; 0 = one per core (default).
    /// Results are the same whatever the number.</summary>
    public int Threads { get => (int)Get(5); set => Set(5, value); }

    private long Get(int option) { Ensure.Ok(Native.introcheck_context_get_option(Handle, option, out var v)); return v; }
    private void Set(int option, long value) => Ensure.Ok(Native.introcheck_context_set_option(Handle, option, value));

    /// <summary>Reads configuration text (thresholds, severities, acknowledged findings) on top of the defaults.</summary>
    public void LoadConfig(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Ensure.Ok(Native.introcheck_context_load_config(Handle, bytes, (nuint)bytes.Length));
    }

    /// <summary>Replaces the "end_reasons" or "measures" code list from CSV text.</summary>
    public void LoadCodeList(string list, string csv)
    {
        int which = list switch
        {
            "end_reasons" => 1,
            "measures" => 2,
            _ => throw new ArgumentException($"code list must be end_reasons or measures, not '{list}'"),
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
        var result = new Native.PersonId { Size = Native.SizeOf<Native.PersonId>() };
        Ensure.Ok(Native.introcheck_check_person_id(Handle, id, Dates.ToInt(referenceDate), ref result));
        string?[] reasons = [null, "length", "non_digit", "date", "k1", "k2", "not_nir_id", "synthetic"];
        string?[] kinds = [null, "fnr", "dnr", "duf"];
        string?[] series = [null, "classic", "2032"];
        return new PersonIdCheck(result.Valid != 0, reasons[result.Reason], kinds[result.Kind], result.Synthetic != 0,
            series[result.Series], Dates.FromInt(result.BirthDate));
    }

    /// <summary>Is the municipality code valid on the date?</summary>
    public bool MunicipalityValid(string code, DateOnly on)
    {
        Ensure.Ok(Native.introcheck_municipality_valid(Handle, code, Dates.ToInt(on), out var valid));
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
            var r = new Native.Rule { Size = Native.SizeOf<Native.Rule>() };
            Ensure.Ok(Native.introcheck_rule_info(i, ref r));
            rules.Add(new Rule(Native.Text(r.Id)!, (Severity)r.Severity, Native.Text(r.TitleEn)!,
                Native.Text(r.TitleNb)!, Native.Text(r.Source)!));
        }
        return rules;
    }

    /// <summary>The version of the native library loaded.</summary>
    public static string LibraryVersion => Native.Text(Native.introcheck_version())!;

    /// <inheritdoc/>
    public void Dispose() => Handle.Dispose();
}
