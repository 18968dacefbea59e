using System.Text.Json.Nodes;

namespace Analyzer.Tests.Cli;

/// <summary>
/// A pack declares its summary columns: a fifth paper's classification shows up in the summary, after the shipped
/// classification columns and before the counts, with no change to C#.
/// </summary>
public sealed class FifthPaperPackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("analyzer-fifth-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Assess_PackWithAFifthPapersClassification_FillsItsSummaryColumn()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "rules")).FullName;
        foreach (var file in Directory.GetFiles(Repo.Rules, "*.json"))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }
        AddPaper(Path.Combine(rules, "papers.json"));
        File.WriteAllText(Path.Combine(rules, "zz-fifth-paper.json"), Workflow);
        var summary = Path.Combine(_dir, "summary.csv");

        var (code, _, stderr) = AnalyzerProcess.Run("assess", "proposals/gdpr.yaml", "proposals/sparse-draft.yaml",
            "--rules", rules, "--summary", summary);

        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(summary);
        Assert.EndsWith(",ef_mode,ho_model,modalities,binding_force,met,not_met,not_stated,not_applicable,errors,questions", lines[0], StringComparison.Ordinal);
        var column = lines[0].Split(',').ToList().IndexOf("binding_force");
        Assert.Equal("binding", Cell(lines, "gdpr", column));
        Assert.Equal("not-stated", Cell(lines, "sparse-draft", column));
    }

    private static string Cell(string[] lines, string id, int column) =>
        lines.Single(l => l.StartsWith(id + ",", StringComparison.Ordinal)).Split(',')[column];

    private static void AddPaper(string path)
    {
        var papers = JsonNode.Parse(File.ReadAllText(path))!;
        papers["papers"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "fifth-2025",
            ["authors"] = "A. Author",
            ["title"] = "A Fifth Paper",
            ["venue"] = "Journal of Tests 1(1)",
            ["year"] = 2025,
            ["doi"] = "10.0000/fifth",
            ["citation"] = "Author (2025)",
        });
        File.WriteAllText(path, papers.ToJsonString());
    }

    private const string Workflow = """
    {
      "WorkflowName": "fifth-paper",
      "Rules": [
        {
          "RuleName": "FP-01",
          "Expression": "true",
          "RuleExpressionType": "LambdaExpression",
          "Properties": {
            "title": {"en": "Binding force", "zh": "约束力"},
            "explanation": {"en": "How binding the instrument is.", "zh": "文书的约束力。"},
            "remediation": {"en": "State instrument.binding.", "zh": "说明 instrument.binding。"},
            "question": {"en": "Is it binding?", "zh": "是否具有约束力？"},
            "dimension": "classification",
            "weight": 0,
            "necessity": "contributory",
            "paper": "fifth-2025",
            "locator": "the typology of instruments",
            "provenance": "test pack",
            "evidence": ["INF"],
            "requires": ["instrument.binding"],
            "label": "proposal.Instrument.Binding",
            "column": "binding_force"
          }
        }
      ]
    }
    """;
}
