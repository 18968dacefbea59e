using Analyzer.Core.Rules;

namespace Analyzer.Tests.Rules;

public sealed class RulePackLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("analyzer-rules-").FullName;

    public RulePackLoaderTests()
    {
        File.Copy(Path.Combine(Repo.Rules, RulePackLoader.PackFile), Path.Combine(_dir, RulePackLoader.PackFile));
        File.Copy(Path.Combine(Repo.Rules, RulePackLoader.PapersFile), Path.Combine(_dir, RulePackLoader.PapersFile));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_ShippedPack_LoadsEveryWorkflowWithoutProblems()
    {
        var (pack, problems) = RulePackLoader.Load(Repo.Rules);

        Assert.Empty(problems);
        Assert.NotNull(pack);
        Assert.Equal(18, pack.Criteria.Count(c => c.Id.StartsWith("EF-", StringComparison.Ordinal)));
        Assert.Equal(["EF-02", "EF-13", "EF-14", "EF-15"], pack.Criteria.Where(c => c.Necessity == Necessity.Necessary).Select(c => c.Id));
    }

    [Theory]
    [InlineData("\"Expresion\": \"true\"", "The JSON property 'Expresion' could not be mapped")]
    [InlineData("\"Expression\": \"proposal.GetType().Assembly.Location != null\"", "method 'Object.GetType'")]
    [InlineData("\"Expression\": \"proposal.Titel == null\"", "rule 'T-01': 'Expression' does not compile")]
    [InlineData("\"Expression\": \"proposal.Title.PadLeft(1000000000) != null\"", "method 'String.PadLeft'")]
    [InlineData("\"Expression\": \"string.Format(\\\"{1}\\\", \\\"a\\\") != null\"", "method 'String.Format'")]
    [InlineData("\"Expression\": \"proposal.Title.Replace(\\\"x\\\", \\\"xxxxxxxxxx\\\").Replace(\\\"x\\\", \\\"xxxxxxxxxx\\\") != null\"", "method 'String.Replace'")]
    [InlineData("\"Expression\": \"true\", \"Unknown\": 1", "could not be mapped")]
    [InlineData("\"Expression\": \"true\", \"Properties\": {\"requires\": [{\"path\": \"x\"}]}, \"x\": 1", "unknown field 'path' in a requirement")]
    public void Load_BrokenRule_IsALoadErrorNamingFileAndRule(string expression, string expected)
    {
        Write(expression, Properties());

        var (pack, problems) = RulePackLoader.Load(_dir);

        Assert.Null(pack);
        var problem = Assert.Single(problems);
        Assert.EndsWith("broken.json", problem.Path, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"weight\": 9", "'weight' must be from 1 to 5; found '9'.")]
    [InlineData("\"paper\": \"nobody-2020\"", "'paper' must be a key of papers.json")]
    [InlineData("\"requires\": [\"instrument.bindng\"]", "'requires': 'instrument.bindng' names no field 'bindng'.")]
    [InlineData("\"title\": {\"en\": \"Only English\", \"zh\": \"\"}", "'title' needs both 'en' and 'zh' text.")]
    [InlineData("\"necessity\": \"optional\"", "'necessity' must be one of necessary, contributory; found 'optional'.")]
    [InlineData("\"requires\": [{\"field\": \"cooperation.pathway\", \"when\": \"proposal.Cooperation.Pathwy == null\"}]", "'requires.when' does not compile")]
    [InlineData("\"locator\": \"DIG-4 ¶3\"", "'locator' cites 'DIG-', which a reader cannot look up; move it to 'provenance'.")]
    [InlineData("\"provenance\": \"\"", "'provenance' is required")]
    [InlineData("\"title\": {\"en\": \"T\", \"zh\": \"授权实体(选举)\"}", "'title' zh text has ASCII punctuation '(' in a Chinese sentence")]
    [InlineData("\"question\": {\"en\": \"Q\", \"zh\": \"托管方能否质询？\"}", "'question' zh text uses '托管方'; the pack's term is '下放权力的实体'.")]
    [InlineData("\"weightReason\": {\"en\": \"W\", \"zh\": \"权重(高)\"}", "'weightReason' zh text has ASCII punctuation '(' in a Chinese sentence")]
    [InlineData("\"weightReason\": {\"en\": \"\", \"zh\": \"理由。\"}", "'weightReason' is required")]
    public void Load_BadMetadata_IsALoadError(string replacement, string expected)
    {
        Write("\"Expression\": \"true\"", Properties(replacement));

        var (_, problems) = RulePackLoader.Load(_dir);

        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TwoThousandNestedParentheses_IsALoadErrorNotAStackOverflow()
    {
        Write($"\"Expression\": \"{new string('(', 2000)}true{new string(')', 2000)}\"", Properties());

        var (pack, problems) = RulePackLoader.Load(_dir);

        Assert.Null(pack);
        Assert.Contains("nests brackets deeper than 32", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PipeInTheRulesFolder_IsALoadErrorNotAHang()
    {
        Write("\"Expression\": \"true\"", Properties());
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_dir, "pipe.json")))
        {
            mkfifo.WaitForExit();
        }

        var (pack, problems) = RulePackLoader.Load(_dir);

        Assert.Null(pack);
        Assert.Contains(problems, p => p.Path.EndsWith("pipe.json", StringComparison.Ordinal)
            && p.Message.StartsWith("a rule file must be a regular, non-empty file", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WrongTypeInsideARule_NamesTheRuleNotItsIndex()
    {
        Write("\"Expression\": \"true\"", Properties("\"weight\": \"heavy\""));

        var (_, problems) = RulePackLoader.Load(_dir);

        Assert.Contains("rule 'T-01': ", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameIdTwice_IsALoadError()
    {
        Write("\"Expression\": \"true\"", Properties());
        File.Copy(Path.Combine(_dir, "broken.json"), Path.Combine(_dir, "copy.json"));

        var (_, problems) = RulePackLoader.Load(_dir);

        Assert.Contains(problems, p => p.Message.StartsWith("rule 'T-01' is defined more than once", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"weightReason\": \"In English only.\"", "In English only.", "")]
    [InlineData("\"weightReason\": {\"en\": \"Both.\", \"zh\": \"两种语言。\"}", "Both.", "两种语言。")]
    public void Load_WeightReason_ReadAsOneEnglishStringOrInBothLanguages(string reason, string en, string zh)
    {
        Write("\"Expression\": \"true\"", Properties(reason));

        var (pack, problems) = RulePackLoader.Load(_dir);

        Assert.Empty(problems);
        var criterion = Assert.Single(pack!.Criteria);
        Assert.Equal(en, criterion.WeightReason);
        Assert.Equal(new LocalizedText { En = en, Zh = zh }, criterion.WeightReasonText);
    }

    [Fact]
    public void Load_PaperSummaryWithAsciiPunctuationInChinese_IsALoadErrorNamingThePaper()
    {
        Write("\"Expression\": \"true\"", Properties());
        var papers = Path.Combine(_dir, RulePackLoader.PapersFile);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(papers))!;
        json["papers"]![0]!["summary"] = new System.Text.Json.Nodes.JsonObject { ["en"] = "A summary.", ["zh"] = "摘要(草稿)" };
        File.WriteAllText(papers, json.ToJsonString());

        var (pack, problems) = RulePackLoader.Load(_dir);

        Assert.Null(pack);
        Assert.Contains(problems, p => p.Message.StartsWith("paper 'erman-furendal-2024': 'summary' zh text has ASCII punctuation '('", StringComparison.Ordinal));
    }

    private void Write(string expression, string properties) =>
        File.WriteAllText(Path.Combine(_dir, "broken.json"),
            $$"""{ "WorkflowName": "test", "Rules": [ { "RuleName": "T-01", {{expression}}, "Properties": {{properties}} } ] }""");

    private static string Properties(string? replace = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["title"] = "\"title\": {\"en\": \"T\", \"zh\": \"T\"}",
            ["explanation"] = "\"explanation\": {\"en\": \"E\", \"zh\": \"E\"}",
            ["remediation"] = "\"remediation\": {\"en\": \"R\", \"zh\": \"R\"}",
            ["question"] = "\"question\": {\"en\": \"Q\", \"zh\": \"Q\"}",
            ["dimension"] = "\"dimension\": \"legitimacy\"",
            ["weight"] = "\"weight\": 2",
            ["weightReason"] = "\"weightReason\": \"test\"",
            ["necessity"] = "\"necessity\": \"contributory\"",
            ["paper"] = "\"paper\": \"erman-furendal-2024\"",
            ["locator"] = "\"locator\": \"the legitimacy chain\"",
            ["provenance"] = "\"provenance\": \"DIG-4 ¶3\"",
            ["evidence"] = "\"evidence\": [\"DIG\"]",
            ["requires"] = "\"requires\": []",
        };
        if (replace is not null)
        {
            fields[replace.Split('"')[1]] = replace;
        }
        return "{" + string.Join(", ", fields.Values) + "}";
    }
}
