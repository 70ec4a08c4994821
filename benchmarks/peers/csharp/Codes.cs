// introcheck's code lists, read from lib/data with CsvHelper.
using CsvHelper;

namespace Peer;

public sealed class Codes
{
    public HashSet<string> Categories { get; }
    public HashSet<string> EndReasons { get; }
    public HashSet<string> Measures { get; }
    private readonly ILookup<string, (DateOnly From, DateOnly? To)> municipalities;

    public Codes(string directory)
    {
        Categories = Read(Path.Combine(directory, "categories.csv")).Select(r => r.Code).ToHashSet();
        EndReasons = Read(Path.Combine(directory, "end_reasons.csv")).Select(r => r.Code).ToHashSet();
        Measures = Read(Path.Combine(directory, "measures.csv")).Select(r => r.Code).ToHashSet();
        municipalities = Read(Path.Combine(directory, "municipalities.csv"))
            .ToLookup(r => r.Code, r => (DateOnly.Parse(r.ValidFrom),
                                         string.IsNullOrEmpty(r.ValidTo) ? (DateOnly?)null : DateOnly.Parse(r.ValidTo)));
    }

    /// Valid on some day of [first, last]; valid_to is the first day it is no longer valid.
    public bool MunicipalityValidDuring(string code, DateOnly first, DateOnly last) =>
        municipalities[code].Any(p => p.From <= last && (p.To is null || p.To > first));

    private static List<CodeRow> Read(string path)
    {
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        return reader.GetRecords<CodeRow>().ToList();
    }
}
