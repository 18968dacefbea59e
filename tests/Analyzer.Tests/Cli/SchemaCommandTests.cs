using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

/// <summary><c>analyzer schema</c>, run in-process; the golden output is the schema shipped beside the examples.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private const string Regenerate = "dotnet run --project src/Analyzer.Cli -- schema -o proposals/proposal.schema.json";

    private readonly string _folder = Directory.CreateTempSubdirectory("analyzer-schema-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Shipped => File.ReadAllText(Path.Combine(Repo.Proposals, "proposal.schema.json"));

    [Fact]
    public void Run_NoOptions_PrintsTheShippedSchema()
    {
        var (code, stdout, stderr) = Run("schema", "--rules", Repo.Rules);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        if (stdout != Shipped)
        {
            var expected = Shipped.Split('\n');
            var actual = stdout.Split('\n');
            var line = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
                .First(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i]);
            Assert.Fail($"proposals/proposal.schema.json is out of date (line {line + 1} differs: shipped "
                + $"'{expected.ElementAtOrDefault(line)}', generated '{actual.ElementAtOrDefault(line)}'). Regenerate it with: {Regenerate}");
        }
    }

    [Fact]
    public void Run_Out_WritesTheSameSchemaAndSaysWhere()
    {
        var path = Path.Combine(_folder, "proposal.schema.json");

        var (code, stdout, stderr) = Run("schema", "--rules", Repo.Rules, "-o", path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"wrote {path}\n", stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Empty(stderr);
        Assert.Equal(Shipped, File.ReadAllText(path));
        Assert.False(File.ReadAllBytes(path).AsSpan().StartsWith("\uFEFF"u8), "the schema starts with a byte order mark");
    }

    [Fact]
    public void Run_OutLongForm_IsTheSameOption()
    {
        var path = Path.Combine(_folder, "s.json");

        var (code, _, _) = Run("schema", "--rules", Repo.Rules, "--out", path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(Shipped, File.ReadAllText(path));
    }

    [Fact]
    public void Run_OutIntoMissingFolder_LocatedErrorExitTwo()
    {
        var path = Path.Combine(_folder, "no-such-folder", "s.json");

        var (code, stdout, stderr) = Run("schema", "--rules", Repo.Rules, "-o", path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.StartsWith($"{path}: error: cannot write the schema: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BrokenPack_ReportsItExitTwo()
    {
        var (code, stdout, stderr) = Run("schema", "--rules", _folder);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LangZh_ChineseDescriptionsSameConstraints()
    {
        var (code, stdout, stderr) = Run("schema", "--rules", Repo.Rules, "--lang", "zh");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Golden.AssertMatches(stdout, "proposal.schema.zh.json");
        Assert.Contains("\"description\": \"文书对其对象的法律效力。读取该字段的准则：RH-12、RH-13、VMG-10。\"", stdout, StringComparison.Ordinal);
        Assert.Equal(WithoutDescriptions(Shipped), WithoutDescriptions(stdout));
        var texts = System.Text.RegularExpressions.Regex.Matches(stdout, "\"(?:description|patternErrorMessage)\": \"(.*)\"").Select(m => m.Groups[1].Value);
        Assert.All(texts, text => Assert.Empty(Core.Rules.CriterionMetadata.ChineseStyle(text)));
    }

    [Fact]
    public void Run_UnknownLang_BadUsageExitTwo()
    {
        var (code, stdout, stderr) = Run("schema", "--lang", "fr");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Contains("fr", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Schema_IsDeterministic()
    {
        var first = Run("schema", "--rules", Repo.Rules).Stdout;
        var second = Run("schema", "--rules", Repo.Rules).Stdout;

        Assert.Equal(first, second);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
    }

    /// <summary>The schema with every text blanked: what the two languages must share.</summary>
    private static string WithoutDescriptions(string schema) =>
        System.Text.RegularExpressions.Regex.Replace(schema, "\"(description|title|patternErrorMessage)\": \".*\"", "\"$1\": \"\"");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
