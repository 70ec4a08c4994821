// The per-record rules as FluentValidation validators; each failure carries
// introcheck's rule id as its error code.
using FluentValidation;

namespace Peer;

public sealed class ParticipantValidator : AbstractValidator<ParticipantRow>
{
    public ParticipantValidator(Codes codes, bool allowSynthetic, DateOnly asOf)
    {
        RuleFor(r => r.CaseId).NotEmpty().WithErrorCode("IC006");
        RuleFor(r => r).Must(r => !string.IsNullOrWhiteSpace(r.PersonId) || !string.IsNullOrWhiteSpace(r.DufNumber))
            .WithErrorCode("IC006").WithMessage("person_id or duf_number is required");
        RuleFor(r => r.PersonId).Must(id => PersonIds.IsValid(id.Trim(), allowSynthetic))
            .When(r => !string.IsNullOrWhiteSpace(r.PersonId)).WithErrorCode("IC001");
        RuleFor(r => r.DufNumber).Must(duf => PersonIds.IsValidDuf(duf.Trim()))
            .When(r => !string.IsNullOrWhiteSpace(r.DufNumber)).WithErrorCode("IC001");
        RuleFor(r => r.Category).Must(c => codes.Categories.Contains(c.Trim())).WithErrorCode("IC003");
        RuleFor(r => r.FollowUpMunicipality).NotEmpty().WithErrorCode("IC006");

        RuleFor(r => r.StartDate).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("IC006")
            .Must(s => Dates.TryParse(s, out _)).WithErrorCode("IC006");
        RuleFor(r => r.EndDate).Must(Dates.IsEmptyOrDate).WithErrorCode("IC006");
        RuleFor(r => r.SettlementDate).Must(Dates.IsEmptyOrDate).WithErrorCode("IC006");
        RuleFor(r => r).Must(r => Dates.ParseOrNull(r.EndDate) >= Dates.ParseOrNull(r.StartDate))
            .When(r => Dates.TryParse(r.StartDate, out _) && Dates.TryParse(r.EndDate, out _))
            .WithErrorCode("IC007").WithMessage("end_date before start_date");

        // Municipality codes valid on some day of the participation (to the as-of day when open).
        RuleFor(r => r.FollowUpMunicipality).Must((r, code) => ValidDuring(codes, r, code.Trim(), asOf))
            .When(r => !string.IsNullOrWhiteSpace(r.FollowUpMunicipality) && Dates.TryParse(r.StartDate, out _))
            .WithErrorCode("IC004");
        RuleFor(r => r.ResidenceMunicipality).Must((r, code) => ValidDuring(codes, r, code.Trim(), asOf))
            .When(r => !string.IsNullOrWhiteSpace(r.ResidenceMunicipality) && Dates.TryParse(r.StartDate, out _))
            .WithErrorCode("IC004");

        RuleFor(r => r.EndReason).Must(reason => codes.EndReasons.Contains(reason.Trim()))
            .When(r => !string.IsNullOrWhiteSpace(r.EndReason)).WithErrorCode("IC008");
    }

    private static bool ValidDuring(Codes codes, ParticipantRow r, string code, DateOnly asOf)
    {
        DateOnly first = Dates.ParseOrNull(r.StartDate)!.Value;
        DateOnly last = Dates.ParseOrNull(r.EndDate) ?? (asOf > first ? asOf : first);
        if (last < first) last = first;
        return codes.MunicipalityValidDuring(code, first, last);
    }
}

public sealed class MeasureValidator : AbstractValidator<MeasureRow>
{
    public MeasureValidator(Codes codes)
    {
        RuleFor(m => m.CaseId).NotEmpty().WithErrorCode("IC006");
        RuleFor(m => m.Measure).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("IC006")
            .Must(code => codes.Measures.Contains(code.Trim())).WithErrorCode("IC009");
        RuleFor(m => m.StartDate).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("IC006")
            .Must(s => Dates.TryParse(s, out _)).WithErrorCode("IC006");
        RuleFor(m => m.EndDate).Must(Dates.IsEmptyOrDate).WithErrorCode("IC006");
        RuleFor(m => m).Must(m => Dates.ParseOrNull(m.EndDate) >= Dates.ParseOrNull(m.StartDate))
            .When(m => Dates.TryParse(m.StartDate, out _) && Dates.TryParse(m.EndDate, out _))
            .WithErrorCode("IC014").WithMessage("end_date before start_date");
    }
}
