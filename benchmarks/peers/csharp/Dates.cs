using System.Globalization;

namespace Peer;

/// Dates as case systems export them: ISO, or dd.mm.yyyy.
public static class Dates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd.MM.yyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? ParseOrNull(string? text) => TryParse(text, out var d) ? d : null;

    /// Empty, or a date.
    public static bool IsEmptyOrDate(string? text) => string.IsNullOrWhiteSpace(text) || TryParse(text, out _);
}

/// Norwegian person ids: fødselsnummer and D-nummer (mod 11), DUF numbers.
public static class PersonIds
{
    private static readonly int[] W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] WDuf = [4, 6, 3, 2, 4, 6, 3, 2, 7, 5];

    public static bool IsValid(string id, bool allowSynthetic)
    {
        if (id.Length != 11 || !id.All(char.IsAsciiDigit)) return false;
        var d = id.Select(c => c - '0').ToArray();
        int k1 = 11 - W1.Select((w, i) => w * d[i]).Sum() % 11;
        int k2 = 11 - W2.Select((w, i) => w * d[i]).Sum() % 11;
        if ((k1 == 11 ? 0 : k1) != d[9] || (k2 == 11 ? 0 : k2) != d[10]) return false;
        int day = d[0] * 10 + d[1], month = d[2] * 10 + d[3], year2 = d[4] * 10 + d[5];
        int individual = int.Parse(id.AsSpan(6, 3));
        if (day > 40) day -= 40;                      // D-nummer
        if (month > 80 && allowSynthetic) month -= 80; // synthetic test ids
        int century = individual <= 499 ? 1900
            : individual <= 749 && year2 >= 54 ? 1800
            : individual >= 900 && year2 >= 40 ? 1900
            : 2000;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(century + year2, month);
    }

    public static bool IsValidDuf(string duf)
    {
        if (duf.Length != 12 || !duf.All(char.IsAsciiDigit)) return false;
        int sum = WDuf.Select((w, i) => w * (duf[i] - '0')).Sum();
        return sum % 11 == int.Parse(duf.AsSpan(10, 2));
    }
}
