using System.Text;
using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

/// <summary>
/// The hostile corpus through the whole command (issue 8): text a spreadsheet would run, bidirectional overrides that
/// would reorder a terminal line, and lists as long as a file may hold. Each gives a located error or a correct report.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("analyzer-hostile-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private static readonly char[] Reordering = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

    [Fact]
    public void Assess_FormulasAndBidiInText_EveryCsvCellInertTextKeptAsWritten()
    {
        var (code, _, stderr) = InProcess.Run("assess", Repo.TestData("hostile", "bidi-and-formulas.yaml"),
            "--out", Out("detail.csv"), "--summary", Out("summary.csv"), "--quiet");

        Assert.True(code == ExitCodes.Success, stderr);
        var detail = Cells(Out("detail.csv"));
        var summary = Cells(Out("summary.csv"));
        // A cell a spreadsheet would evaluate starts with = + - @, a tab or a carriage return: none may.
        Assert.DoesNotContain(detail.Concat(summary).SelectMany(row => row), cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        // The title is escaped with a quote and otherwise kept as the file says, overrides included: it is data, and a
        // spreadsheet applies an override within its own cell.
        Assert.Equal("'@SUM(A1)+1 \u202eevil\u202c title", summary[1][2]);
        Assert.Contains(detail, row => row[2] == "VMG-02" && row[9].EndsWith("=HYPERLINK(\"http://example.invalid\",\"open\") \u2066isolate\u2069)", StringComparison.Ordinal));
        Assert.Contains(detail, row => row[2] == "HO-C4" && row[9].Contains("(+cmd|' /C calc'!A0;-2+3;\u202dforced-ltr\u202c)", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_WholeHostileFolder_TerminalGetsNoRawControlOrBidiCharacter()
    {
        foreach (var args in new[] { new[] { "assess" }, ["assess", "--questions"], ["validate"] })
        {
            var (_, stdout, stderr) = InProcess.Run([.. args, Repo.TestData("hostile")]);

            Assert.Equal(-1, (stdout + stderr).IndexOfAny([.. Reordering, '\u001b', '\0']));
            Assert.Contains("found 'by-ai\\u202e ,ia-fo'", stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Assess_ValidProposalWithTwoHundredThousandListItems_CorrectReportInBoundedTime()
    {
        // 200,000 sources, and 100,000 beneficiaries against 100,000 cost-bearers: VMG-05 compared every pair, 10^10
        // comparisons (45 s on an idle machine), before it became an intersection.
        var text = new StringBuilder("id: long-lists\ntitle: Long lists\ndrafters: [a-ministry]\n");
        text.Append("sources: [").AppendJoin(',', Enumerable.Repeat("s", 200_000)).Append("]\n");
        text.Append("beneficiaries: [").AppendJoin(',', Enumerable.Repeat("a", 100_000)).Append("]\n");
        text.Append("costBearers: [").AppendJoin(',', Enumerable.Repeat("b", 100_000)).Append("]\n");
        File.WriteAllText(Out("long-lists.yaml"), text.ToString());

        var (code, _, stderr) = await Task.Run(() => InProcess.Run("assess", Out("long-lists.yaml"), "--out", Out("detail.csv"), "--quiet"))
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(code == ExitCodes.Success, stderr);
        var rows = Cells(Out("detail.csv"));
        Assert.Equal("met", rows.Single(r => r[2] == "VMG-05")[7]);
        Assert.DoesNotContain(rows, r => r[7] == "error");
    }

    private string Out(string name) => Path.Combine(_out, name);

    /// <summary>The rows of a CSV report, each as its cells (RFC 4180: quoted cells may hold commas, quotes and line breaks).</summary>
    private static List<string[]> Cells(string path)
    {
        var text = File.ReadAllText(path).TrimStart('\ufeff');
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        return rows;
    }
}
