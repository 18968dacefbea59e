using Analyzer.Core.Diagnostics;
using Analyzer.Core.Reporting;

namespace Analyzer.Core.Teaching;

/// <summary>
/// Writes the explanation's text to a terminal: headings flush left, paragraphs wrapped and indented, expressions
/// on lines of their own, unwrapped, so they can be copied. Text from the pack or a proposal is escaped.
/// </summary>
internal sealed class Prose(TextWriter output)
{
    /// <summary>Wide enough for a paragraph to read as one, narrow enough for an 100-column terminal.</summary>
    public const int Width = 96;

    public void Heading(string text)
    {
        output.WriteLine();
        output.WriteLine(text);
    }

    public void Line(string text = "") => output.WriteLine(Printable.Escape(text).TrimEnd());

    /// <summary>A paragraph indented by <paramref name="indent"/>, its continuation lines by <paramref name="hang"/> more.</summary>
    public void Para(string text, int indent = 2, int hang = 0)
    {
        var lines = TextWrap.Lines(Printable.Escape(text), Width - indent - hang);
        for (var i = 0; i < lines.Count; i++)
        {
            output.WriteLine(new string(' ', indent + (i == 0 ? 0 : hang)) + lines[i]);
        }
    }

    public void Code(string expression) => output.WriteLine("      " + Printable.Escape(expression));

    /// <summary>Two columns of paragraphs side by side, each wrapped to its own width.</summary>
    public void SideBySide(IReadOnlyList<string> left, IReadOnlyList<string> right, int indent = 2, int column = 44, int gap = 4)
    {
        static List<string> Wrapped(IReadOnlyList<string> paragraphs, int width) =>
            [.. paragraphs.SelectMany(p => TextWrap.Lines(Printable.Escape(p), width))];
        var (a, b) = (Wrapped(left, column), Wrapped(right, column));
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var l = i < a.Count ? a[i] : "";
            var r = i < b.Count ? b[i] : "";
            output.WriteLine((new string(' ', indent) + TextWidth.PadRight(l, column + gap) + r).TrimEnd());
        }
    }

    public void Table(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, int indent = 2)
    {
        using var table = new StringWriter { NewLine = "\n" };
        TextTable.Write(table, header, rows);
        foreach (var line in table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            output.WriteLine(new string(' ', indent) + line);
        }
    }
}
