using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Reporting;

/// <summary>
/// A plain-text table for a terminal: columns padded to their widest cell (Chinese characters count two), two
/// spaces apart, a rule under the header. Cells are escaped, since they can carry a proposal's own text.
/// </summary>
public static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        string[][] cells = [.. rows.Select(r => r.Select(Printable.Escape).ToArray())];
        var widths = header.Select((h, i) => cells.Select(r => TextWidth.Of(r[i])).Append(TextWidth.Of(h)).Max()).ToArray();
        output.WriteLine(Line([.. header], widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    // The last column is not padded, so a long finding does not push trailing blanks onto every line.
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : TextWidth.PadRight(c, widths[i]))).TrimEnd();
}
