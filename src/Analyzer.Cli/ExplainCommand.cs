using System.CommandLine;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Teaching;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer explain</c>: one criterion in depth (<c>explain EF-08</c>), or a proposal seen through the papers
/// (<c>explain proposals/chain-b.yaml</c>). An argument that is a file, or is named like one, is a proposal.
/// </summary>
public static class ExplainCommand
{
    private static readonly string[] ProposalExtensions = [".yaml", ".yml", ".json"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var target = new Argument<string>("criterion-or-proposal")
        {
            Description = "A criterion id (EF-08, in any case), or a proposal file (.yaml, .yml, .json).",
        };
        var rules = PackOptions.Rules();
        var lang = new Option<string>("--lang") { Description = "Language of the explanation.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");
        var format = new Option<string>("--format")
        {
            Description = "Text, or for a proposal its authorization chain as a Mermaid flowchart.",
            DefaultValueFactory = _ => "text",
        };
        format.OneOf("text", "mermaid");
        var command = new Command("explain", "Explain a criterion in depth (what it asks, when it applies, how it is computed, its teaching pair), or a proposal through the papers.")
        {
            target, rules, lang, format,
        };
        command.SetAction(parse =>
        {
            var at = PackOptions.Locate(parse.GetValue(rules));
            if (CriteriaCommand.LoadRules(at, stderr) is not { } pack)
            {
                return ExitCodes.BadInput;
            }
            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            var argument = parse.GetValue(target)!;
            if (File.Exists(argument) || ProposalExtensions.Any(e => argument.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                return ExplainProposal.Run(argument, pack, language, parse.GetValue(format)!, stdout, stderr);
            }
            if (pack.Find(argument) is not { } criterion)
            {
                stderr.WriteLine($"error: {Core.Diagnostics.Problems.UnknownCriterion(argument, DidYouMean.Closest(argument, pack.Criteria.Select(c => c.Id)))}");
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(format) == "mermaid")
            {
                stderr.WriteLine($"error: {Core.Diagnostics.Problems.MermaidNeedsProposal(criterion.Id)}");
                return ExitCodes.BadInput;
            }
            if (CriteriaCommand.LoadFixtures(at, stderr) is not { } fixtures)
            {
                return ExitCodes.BadInput;
            }
            var explanation = CriterionExplanation.For(pack, criterion, fixtures, at.Proposals);
            foreach (var problem in explanation.PairProblems)
            {
                stderr.WriteLine(problem);
            }
            ExplanationWriter.Write(stdout, explanation, language);
            return explanation.PairProblems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }
}
