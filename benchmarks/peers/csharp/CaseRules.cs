// The rules over a case (a participation with its measures) and over a
// person's participations, with LINQ: ToLookup for the measures of a case,
// GroupBy for the participations of a person.
namespace Peer;

public sealed class CaseRules(int year, DateOnly asOf)
{
    private const int GapDays = 42;
    private const int InactivityDays = 60;

    private readonly DateOnly yearStart = new(year, 1, 1);
    private readonly DateOnly yearEnd = new(year, 12, 31);

    public bool TookPart(Participation p) =>
        p.Start is { } start && start <= yearEnd && (p.End is null || p.End >= yearStart);

    private static bool Overlaps(DateOnly aFirst, DateOnly aLast, DateOnly bFirst, DateOnly bLast) =>
        aFirst <= bLast && aLast >= bFirst;

    /// IC101, IC102, IC104, IC110, IC111, IC106 and IC107 for each participation in the year.
    public IEnumerable<string> CheckCases(IEnumerable<Participation> participations, ILookup<string, Measure> measuresOf)
    {
        DateOnly cutoff = asOf < yearEnd ? asOf : yearEnd;
        DateOnly windowStart = cutoff.AddDays(-(InactivityDays - 1));
        foreach (var p in participations.Where(TookPart))
        {
            DateOnly start = p.Start!.Value;
            DateOnly last = p.End ?? DateOnly.MaxValue;
            var measures = measuresOf[p.CaseId].OrderBy(m => m.Start).ToList();

            if (p.End is { } end && end <= cutoff && string.IsNullOrWhiteSpace(p.EndReason))
                yield return "IC101";
            if (!measures.Any(m => Overlaps(m.Start, m.End, yearStart, yearEnd)))
                yield return "IC102";
            foreach (var _ in measures.Where(m => m.Start < start || m.End > last))
                yield return "IC104";

            // Gaps between measures within the participation's time in the year.
            DateOnly firstDay = start > yearStart ? start : yearStart;
            DateOnly lastDay = p.End is { } e && e < yearEnd ? e : yearEnd;
            DateOnly? coveredUntil = null;
            foreach (var m in measures.Where(m => Overlaps(m.Start, m.End, firstDay, lastDay)))
            {
                DateOnly a = m.Start > firstDay ? m.Start : firstDay;
                DateOnly b = m.End < lastDay ? m.End : lastDay;
                if (coveredUntil is { } covered && a.DayNumber - covered.DayNumber - 1 > GapDays)
                    yield return "IC110";
                if (coveredUntil is null || b > coveredUntil) coveredUntil = b;
            }

            // Open, and no measure in the last 60 days of the year.
            if (p.End is null && start < windowStart && !measures.Any(m => Overlaps(m.Start, m.End, windowStart, cutoff)))
                yield return "IC111";

            // Program length: two years plus leave, three with an extension.
            DateOnly until = p.End ?? cutoff;
            if (until > start.AddYears(3).AddDays(p.LeaveDays))
                yield return "IC107";
            else if (!p.Extended && until > start.AddYears(2).AddDays(p.LeaveDays))
                yield return "IC106";
        }
    }

    /// IC105: a participation that overlaps an earlier one of the same person, either of them in the year.
    public IEnumerable<string> CheckPersons(IEnumerable<Participation> participations) =>
        participations
            .Where(p => p.PersonIdValid && p.Start is not null)
            .GroupBy(p => p.PersonId)
            .Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var byStart = g.OrderBy(p => p.Start).ToList();
                return byStart.Where((q, j) => byStart.Take(j).Any(p =>
                    (p.End is null || p.End > q.Start) && (TookPart(p) || TookPart(q))));
            })
            .Select(_ => "IC105");
}
