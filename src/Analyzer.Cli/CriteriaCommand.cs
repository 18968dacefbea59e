using System.CommandLine;
using System.Text;
using Analyzer.Core;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.PackTesting;
using Analyzer.Core.Rules;
using Analyzer.Core.Teaching;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer criteria</c>: the pack's criteria as a study guide, per paper: a compact table, a Markdown handout
/// (a summary of each paper, then every field of its criteria and the examples that meet and fail them) or CSV.
/// </summary>
public static class CriteriaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = PackOptions.Rules();
        var paper = new Option<string?>("--paper")
        {
            Description = "Only this paper's criteria: its key (erman-furendal-2024), the start of one (erman) or its criteria's prefix (EF).",
            HelpName = "KEY",
        };
        var dimension = new Option<string?>("--dimension") { Description = "Only the criteria of this dimension.", HelpName = "D" };
        dimension.OneOf(Kebab.All<Dimension>().ToArray());
        var format = new Option<string>("--format")
        {
            Description = "A compact table, a Markdown handout for a class, or CSV with every field.",
            DefaultValueFactory = _ => "table",
        };
        format.OneOf("table", "markdown", "csv");
        var lang = new Option<string>("--lang") { Description = "Language of the titles, texts and headings.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");
        var delimiter = CsvOptions.Delimiter();
        var command = new Command("criteria", "List the criteria of the four papers as a study guide: what each asks, why it weighs what it does, its source and examples.")
        {
            rules, paper, dimension, format, lang, delimiter,
        };
        command.SetAction(parse =>
        {
            var at = PackOptions.Locate(parse.GetValue(rules));
            if (LoadPack(at, stderr) is not var (pack, fixtures))
            {
                return ExitCodes.BadInput;
            }
            string? key = null;
            if (parse.GetValue(paper) is { } typed)
            {
                (key, var candidates) = Catalogue.FindPaper(pack, typed);
                if (key is null)
                {
                    stderr.WriteLine($"error: {(candidates.Count < pack.Papers.Count ? Problems.AmbiguousPaper(typed, candidates) : Problems.UnknownPaper(typed, candidates))}");
                    return ExitCodes.BadInput;
                }
            }
            Dimension? only = Kebab.TryParse<Dimension>(parse.GetValue(dimension), out var d) ? d : null;
            var papers = Catalogue.Build(pack, fixtures, key, only);
            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            switch (parse.GetValue(format))
            {
                case "markdown":
                    stdout.Write(CatalogueMarkdown.Write(pack, papers, language));
                    break;
                case "csv":
                    using (var csv = new MemoryStream())
                    {
                        CatalogueCsv.Write(csv, papers, language, CsvOptions.Dialect(parse.GetValue(delimiter)!).Separator);
                        stdout.Write(Encoding.UTF8.GetString(csv.ToArray())); // with the byte order mark, as every CSV this tool writes
                    }
                    break;
                default:
                    CatalogueTable.Write(stdout, papers, language);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The pack and its fixtures, every problem printed; null when either is broken.</summary>
    internal static (RulePack Pack, IReadOnlyList<Fixture> Fixtures)? LoadPack(PackLocation at, TextWriter stderr) =>
        LoadRules(at, stderr) is { } pack && LoadFixtures(at, stderr) is { } fixtures ? (pack, fixtures) : null;

    internal static RulePack? LoadRules(PackLocation at, TextWriter stderr)
    {
        var (pack, problems) = RulePackLoader.Load(at.Rules);
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem);
        }
        return pack;
    }

    /// <summary>
    /// A pack without a fixtures folder has no examples to show, which is no error here; a fixture that cannot be
    /// read is, as in <c>rules test</c>.
    /// </summary>
    internal static IReadOnlyList<Fixture>? LoadFixtures(PackLocation at, TextWriter stderr)
    {
        if (!Directory.Exists(Path.Combine(at.Rules, FixtureLoader.Folder)))
        {
            return [];
        }
        var (fixtures, problems) = FixtureLoader.Load(at.Rules);
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem);
        }
        return problems.Any(p => p.Severity == Severity.Error) ? null : fixtures;
    }
}
