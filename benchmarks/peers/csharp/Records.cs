// The rows of the two files as CsvHelper reads them: the source generator
// writes their mappers from these attributes at compile time. Dates stay text
// here; the validators say whether they parse.
using CsvHelper;

namespace Peer;

[CsvRecord]
public sealed partial class ParticipantRow
{
    [CsvColumn("case_id")] public string CaseId { get; set; } = "";
    [CsvColumn("person_id", Optional = true)] public string PersonId { get; set; } = "";
    [CsvColumn("duf_number", Optional = true)] public string DufNumber { get; set; } = "";
    [CsvColumn("category")] public string Category { get; set; } = "";
    [CsvColumn("follow_up_municipality")] public string FollowUpMunicipality { get; set; } = "";
    [CsvColumn("residence_municipality", Optional = true)] public string ResidenceMunicipality { get; set; } = "";
    [CsvColumn("start_date")] public string StartDate { get; set; } = "";
    [CsvColumn("end_date", Optional = true)] public string EndDate { get; set; } = "";
    [CsvColumn("end_reason", Optional = true)] public string EndReason { get; set; } = "";
    [CsvColumn("extended", Optional = true)] public string Extended { get; set; } = "";
    [CsvColumn("leave_days", Optional = true)] public string LeaveDays { get; set; } = "";
    [CsvColumn("settlement_date", Optional = true)] public string SettlementDate { get; set; } = "";
}

[CsvRecord]
public sealed partial class MeasureRow
{
    [CsvColumn("case_id")] public string CaseId { get; set; } = "";
    [CsvColumn("measure")] public string Measure { get; set; } = "";
    [CsvColumn("start_date")] public string StartDate { get; set; } = "";
    [CsvColumn("end_date", Optional = true)] public string EndDate { get; set; } = "";
    [CsvColumn("hours_per_week", Optional = true)] public string HoursPerWeek { get; set; } = "";
}

/// A row of one of introcheck's code lists (lib/data/*.csv).
[CsvRecord]
public sealed partial class CodeRow
{
    [CsvColumn("code")] public string Code { get; set; } = "";
    [CsvColumn("valid_from", Optional = true)] public string ValidFrom { get; set; } = "";
    [CsvColumn("valid_to", Optional = true)] public string ValidTo { get; set; } = "";
}

/// A participation once its row has been read: what the case rules look at.
public sealed record Participation(
    string CaseId, string PersonId, bool PersonIdValid, DateOnly? Start, DateOnly? End,
    string EndReason, bool Extended, int LeaveDays);

/// A measure with usable dates; an open one ends on DateOnly.MaxValue.
public sealed record Measure(string CaseId, string Code, DateOnly Start, DateOnly End);
