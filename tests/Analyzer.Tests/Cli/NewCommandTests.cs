using System.Text;
using Analyzer.Cli;
using Analyzer.Core.Proposals;
using Spectre.Console.Testing;
using Q = Analyzer.Core.Drafting.DraftQuestions;

namespace Analyzer.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("analyzer-new-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_FullEnglishWalk_WritesTheGoldenDraftThatAssesses()
    {
        var draft = Out("national-ai-office.yaml");

        var (code, stdout, stderr) = Run(EnglishWalk(), "new", "-o", draft);

        Assert.Equal("", stderr);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"wrote {draft}\n", stdout.ReplaceLineEndings("\n"));
        Golden.AssertMatches(File.ReadAllText(draft), "new-en.yaml");
        Assert.Empty(new ProposalReader().Read(draft).Problems);
        var assess = Run(new Keystrokes(), "assess", draft);
        Assert.Equal(ExitCodes.Success, assess.Code);
        Assert.Contains("national-ai-office ", assess.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out, "*.tmp"));
    }

    [Fact]
    public void Run_FullEnglishWalk_RefusedAnswersAreExplainedAndAskedAgain()
    {
        var keys = EnglishWalk();

        Run(keys, "new");

        Assert.Contains("Give the year as a whole number, e.g. 2024.", keys.Console.Output, StringComparison.Ordinal);
        Assert.Contains("Use lower-case letters, digits and hyphens, starting with a letter or a digit.", keys.Console.Output, StringComparison.Ordinal);
        Assert.Contains("That id is already used here; choose another.", keys.Console.Output, StringComparison.Ordinal);
        Assert.Contains("Give a number above 0, e.g. 4.", keys.Console.Output, StringComparison.Ordinal);
        Assert.Contains("'don't know' cannot be ticked with other answers; tick one or the other.", keys.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ChineseWalk_AsksInChineseAndPrintsTheGoldenDraft()
    {
        var keys = ChineseWalk();

        var (code, stdout, stderr) = Run(keys, "new", "--lang", "zh");

        Assert.Equal("", stderr);
        Assert.Equal(ExitCodes.Success, code);
        Golden.AssertMatches(stdout, "new-zh.yaml");
        Assert.Empty(ProposalReader.Read("zh.yaml", Encoding.UTF8.GetBytes(stdout)).Problems);
        var transcript = keys.Console.Output.Replace("\n", "", StringComparison.Ordinal); // the console wraps long lines anywhere in Chinese
        Assert.Contains("Erman & Furendal（2024）：具有合法性的AI治理沿着一条链条展开。", transcript, StringComparison.Ordinal);
        Assert.Contains("Ho 等（2023），前沿人工智能委员会：", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("don't know", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EveryAnswerDontKnow_WritesTheMinimalProposal()
    {
        var keys = new Keystrokes().Type("draft-oversight-body").Type("Early sketch: an international AI oversight body").Skip(46);

        var (code, stdout, stderr) = Run(keys, "new");

        Assert.Equal("", stderr);
        Assert.Equal(ExitCodes.Success, code);
        Golden.AssertMatches(stdout, "new-minimal.yaml");
        var read = ProposalReader.Read("minimal.yaml", Encoding.UTF8.GetBytes(stdout));
        Assert.True(read.IsUsable);
        Assert.Equal(new Proposal { Format = Vocabulary.FormatV1, Id = "draft-oversight-body", Title = "Early sketch: an international AI oversight body" }, read.Proposal);
    }

    [Fact]
    public void Run_BlankIdAndTitle_AreAskedAgainUntilGiven()
    {
        var keys = new Keystrokes().Skip().Type("   ").Type("x").Skip().Type("t").Skip(46);

        var (code, stdout, _) = Run(keys, "new");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\nid: x\ntitle: t\n", stdout, StringComparison.Ordinal);
        Assert.Equal(3, keys.Console.Output.Split("This one is required.").Length - 1);
    }

    [Fact]
    public void Run_NotATerminal_RefusesWithExit2()
    {
        var notInteractive = new TestConsole();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(["new"], stdout, stderr, notInteractive);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("", stdout.ToString());
        Assert.Equal("error: 'analyzer new' asks its questions on a terminal, and its input or its error stream is redirected here. "
            + "Run it in a terminal, or write the proposal by hand from proposals/FORMAT.md.\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_ToolWithRedirectedStreams_DetectsNoTerminalAndRefuses()
    {
        var (code, stdout, stderr) = AnalyzerProcess.Run("new", "--lang", "zh");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: 'analyzer new' asks its questions on a terminal", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutputExists_RefusedBeforeTheFirstQuestion()
    {
        var draft = Out("draft.yaml");
        File.WriteAllText(draft, "id: mine\ntitle: Mine\n");

        var (code, _, stderr) = Run(new Keystrokes(), "new", "-o", draft);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"{draft}: error: the file exists; add --force to replace it, or name another file.\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal("id: mine\ntitle: Mine\n", File.ReadAllText(draft));
    }

    [Fact]
    public void Run_OutputExistsWithForce_ReplacesIt()
    {
        var draft = Out("draft.yaml");
        File.WriteAllText(draft, "id: mine\ntitle: Mine\n");
        var keys = new Keystrokes().Type("x").Type("t").Skip(46);

        var (code, _, _) = Run(keys, "new", "-o", draft, "--force");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\nid: x\n", File.ReadAllText(draft), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft.json", "a draft is YAML; name it .yaml or .yml so that 'analyzer assess' reads it as such.")]
    [InlineData("missing/draft.yaml", "the folder to write the draft in does not exist.")]
    [InlineData("folder.yaml/", "-o needs the name of a file to write, not a folder or an empty name.")]
    public void Run_OutputNotWritable_RefusedBeforeTheFirstQuestion(string name, string message)
    {
        var (code, _, stderr) = Run(new Keystrokes(), "new", "-o", Out(name));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.EndsWith($": error: {message}\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>A national law that sets up a licensing office: every section answered, a few answers refused first.</summary>
    private static Keystrokes EnglishWalk() => new Keystrokes()
        // Identity
        .Type("national-ai-office")
        .Type("National AI Office Act: licensing & audits of high-risk AI #2025")
        .Type("Creates an office that licenses high-risk AI systems - and audits them [yearly].")
        .Type("twenty25").Type("2025")
        .Type("Draft bill 2025/17; Report of the committee on digital affairs")
        // Power and authorization
        .Choose(Vocabulary.Directions, "of-ai")
        .Add()
        .Type("citizens").Choose(Vocabulary.EntityKinds, "public").Type("Citizens of the country").Another()
        .Type("Parliament").Type("parliament").Choose(Vocabulary.EntityKinds, "authorized").Type("National Parliament")
        .PickEntity(0).Choose(Vocabulary.Authorizations, "election").Another()
        .Type("parliament").Type("ai-office").Choose(Vocabulary.EntityKinds, "mandated").Type("National AI Office")
        .TickEntities(1).TickEntities(1).TickEntities(1)
        .TickOther(Q.Chain.Transparency.Values, "open board meetings", "public-reports", "audits").Skip()
        .PickEntity(1)
        .Add()
        .Type("adopt-act").PickEntity(1).Choose(Vocabulary.DecisionLevels, "lawmaking").Choose(Vocabulary.AiRoles, "none").Another()
        .Type("adopt-act").Type("license-systems").PickEntity(2).Choose(Vocabulary.DecisionLevels, "implementation")
        .Choose(Vocabulary.AiRoles, "none").Skip()
        // The instrument
        .Choose(Vocabulary.InstrumentKinds, "law").Yes().Choose(Vocabulary.Bindings, "binding").Choose(Vocabulary.Addressees, "public")
        .Choose(Vocabulary.Territories, "national").No()
        .TickValues(Q.Instrument.Enforcement.Values, "fines", "licence-revocation")
        .Type("0").Type("2.5")
        .Choose(Vocabulary.SystemScopes, "both").Yes()
        // What and why
        .TickValues(Vocabulary.Lifecycle, "development", "deployment")
        .TickValues(Vocabulary.Modalities, "contract-licence")
        .Tick(0, 2 + Array.IndexOf(Vocabulary.Rationales, "bias"))
        .TickValues(Vocabulary.Rationales, "bias", "security")
        .Type("residents").Type("ministry of digital affairs; parliament").Type("providers of high-risk AI systems")
        .No().Skip().Yes().Skip()
        .Yes().No().Yes().Type("appointed by parliament for five years").Skip()
        // Institution design
        .Choose(Vocabulary.InstitutionModels, "none").TickValues(Vocabulary.Functions, "set-standards", "monitor-compliance")
        .Choose(Vocabulary.Memberships, "single-polity").TickValues(Vocabulary.Participants, "governments", "academia").Skip()
        // Cooperation
        .Choose(Vocabulary.Pathways, "strengthen-existing").No().Choose(Vocabulary.DecisionRules, "majority")
        .Type("oecd; iso-iec").Type("shared incident register").Skip().Type("oecd")
        .TickValues(Vocabulary.Levels, "national", "private")
        .TickValues(Q.Cooperation.Implementation.Values, "audits", "inspections")
        .TickValues(Q.Cooperation.Flexibility.Values, "periodic-review")
        .Skip().Type("No body licenses high-risk AI systems today.").Type("-").Skip();

    /// <summary>An international expert commission, answered in Chinese.</summary>
    private static Keystrokes ChineseWalk() => new Keystrokes()
        .Type("frontier-ai-commission")
        .Type("前沿人工智能委员会：风险评估（草案）")
        .Type("由各国提名的专家定期评估前沿人工智能的机遇与风险。")
        .Type("2024")
        .Skip()
        .Choose(Vocabulary.Directions, "of-ai")
        .Add()
        .Type("peoples").Choose(Vocabulary.EntityKinds, "public").Type("各成员国人民").Another()
        .Type("member-states").Choose(Vocabulary.EntityKinds, "authorized").Type("成员国政府")
        .PickEntity(0).Choose(Vocabulary.Authorizations, "ratification").Another()
        .Type("commission").Choose(Vocabulary.EntityKinds, "mandated").Type("前沿人工智能委员会")
        .TickEntities(1).TickEntities(1).Skip().TickValues(Q.Chain.Transparency.Values, "public-reports").Skip()
        .PickEntity(1)
        .Add().Type("publish-assessment").PickEntity(2).Choose(Vocabulary.DecisionLevels, "implementation").Choose(Vocabulary.AiRoles, "none").Skip()
        .Choose(Vocabulary.InstrumentKinds, "research-programme").Yes().Choose(Vocabulary.Bindings, "non-binding")
        .Choose(Vocabulary.Addressees, "members").Choose(Vocabulary.Territories, "global").Skip()
        .TickNone()
        .Skip()
        .Choose(Vocabulary.SystemScopes, "general-purpose").No()
        .TickValues(Vocabulary.Lifecycle, "development").TickValues(Vocabulary.Modalities, "international-agreement")
        .TickValues(Vocabulary.Rationales, "security", "cross-border")
        .Type("各国公众").Type("成员国政府").Type("成员国政府").No().No().Skip().Type("成员国政府；观察员组织").No()
        .Choose(Vocabulary.InstitutionModels, "commission").TickValues(Vocabulary.Functions, "conduct-research", "build-consensus")
        .Choose(Vocabulary.Memberships, "intergovernmental").TickValues(Vocabulary.Participants, "governments", "academia", "civil-society")
        .Type("ipcc")
        .Type("委托开展研究，并公开说明不确定性。").Type("none").Skip()
        .Choose(Vocabulary.Pathways, "hybrid").Yes().Choose(Vocabulary.DecisionRules, "consensus").Type("un; oecd").Skip().Skip()
        .Type("ipcc").TickValues(Vocabulary.Levels, "international").Skip()
        .TickOther(Q.Cooperation.Flexibility.Values, "年度工作计划").Yes().Skip().Skip().Type("各国风险评估机构采用共同方法");

    private string Out(string name) => Path.Combine(_out, name);

    private static (int Code, string Stdout, string Stderr) Run(Keystrokes keys, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, keys.Console);
        Assert.False(keys.Console.Input.IsKeyAvailable(), "the walk ended before the scripted answers did");
        return (code, stdout.ToString(), stderr.ToString());
    }
}
