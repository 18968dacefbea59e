using System.Text.Json;
using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Rules;

/// <summary>
/// Loads a rule pack folder: <c>pack.json</c> (version, scoring), <c>papers.json</c> (references) and one
/// RulesEngine workflow per other <c>*.json</c> file. Every problem is a load error naming file and rule.
/// </summary>
public static partial class RulePackLoader
{
    public const string PackFile = "pack.json";
    public const string PapersFile = "papers.json";

    private static readonly JsonSerializerOptions Strict = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static (RulePack? Pack, IReadOnlyList<Diagnostic> Problems) Load(string directory) => Load(directory, countSteps: true);

    /// <summary>Without <paramref name="countSteps"/> the rules run unbounded: only the benchmarks do this, to measure what counting costs.</summary>
    internal static (RulePack? Pack, IReadOnlyList<Diagnostic> Problems) Load(string directory, bool countSteps)
    {
        var problems = new List<Diagnostic>();
        if (!Directory.Exists(directory))
        {
            problems.Add(Diagnostic.Error(directory, "no such rules folder."));
            return (null, problems);
        }

        var packPath = Path.Combine(directory, PackFile);
        var papersPath = Path.Combine(directory, PapersFile);
        var pack = Read<PackDocument>(packPath, problems);
        var papers = Read<PapersDocument>(papersPath, problems);
        var references = PackChecks.Papers(papersPath, papers, problems);
        var bands = PackChecks.Bands(packPath, pack, problems);

        var compiler = new CriterionCompiler(references, countSteps);
        var criteria = new List<Criterion>();
        var workflows = Directory.GetFiles(directory, "*.json")
            .Where(f => Path.GetFileName(f) is not PackFile and not PapersFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (workflows.Count == 0)
        {
            problems.Add(Diagnostic.Error(directory, "no workflow files (*.json besides pack.json and papers.json)."));
        }
        foreach (var file in workflows)
        {
            var workflow = Read<WorkflowDocument>(file, problems);
            if (workflow is not null)
            {
                criteria.AddRange(compiler.CompileWorkflow(file, workflow, problems));
            }
        }
        PackChecks.UniqueIds(criteria, problems);
        PackChecks.UniqueColumns(criteria, SummaryColumns.Fixed, problems);

        if (problems.Count > 0 || pack is null)
        {
            return (null, problems);
        }
        return (new RulePack { Version = pack.Version!, Criteria = criteria, Papers = references, Bands = bands }, problems);
    }

    /// <summary>A type error inside a rule names the rule as its author knows it, not its position in the list.</summary>
    private static string? RuleNameAt(byte[]? bytes, string? jsonPath)
    {
        if (bytes is null || jsonPath is null || RuleIndex().Match(jsonPath) is not { Success: true } match)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var rules = document.RootElement.GetProperty("Rules");
            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return index < rules.GetArrayLength() && rules[index].TryGetProperty("RuleName", out var name)
                && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or OverflowException)
        {
            return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\$\.Rules\[(\d+)\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RuleIndex();

    /// <summary>The shipped workflows are under 100 KB each.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static T? Read<T>(string path, List<Diagnostic> problems) where T : class
    {
        byte[]? bytes = null;
        try
        {
            if (new FileInfo(path).Length is 0 or > MaxFileBytes)
            {
                // A pipe or device reports no length and would block or never end; nothing is opened.
                problems.Add(Diagnostic.Error(path, $"a rule file must be a regular, non-empty file of at most {MaxFileBytes} bytes."));
                return null;
            }
            bytes = File.ReadAllBytes(path);
            var value = JsonSerializer.Deserialize<T>(bytes, Strict);
            if (value is null)
            {
                problems.Add(Diagnostic.Error(path, "the file holds null, not a JSON object."));
            }
            return value;
        }
        catch (JsonException e)
        {
            var at = new SourcePosition((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            var rule = RuleNameAt(bytes, e.Path) is { } name ? $"rule '{name}': " : "";
            problems.Add(Diagnostic.Error(path, at, $"{rule}{reason.TrimEnd('.')} (at {e.Path})."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(path, $"cannot read the file: {e.Message}"));
        }
        return null;
    }
}
