using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Rules;

/// <summary>
/// Turns one workflow's rules into <see cref="Criterion"/>s: validates the metadata, parses each expression with
/// RulesEngine's parser over typed inputs (<c>proposal</c>, <c>facts</c>), checks it against the allow-list and compiles it.
/// </summary>
internal sealed partial class CriterionCompiler(IReadOnlyDictionary<string, PaperReference> papers, bool countSteps = true)
{
    public const int MaxWeight = 5;
    private static readonly ParameterExpression ProposalParameter = Expression.Parameter(typeof(Proposal), "proposal");
    private static readonly ParameterExpression FactsParameter = Expression.Parameter(typeof(ProposalFacts), "facts");

    private readonly RuleParser _parser = new();

    public IEnumerable<Criterion> CompileWorkflow(string file, WorkflowDocument workflow, List<Diagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(workflow.WorkflowName))
        {
            problems.Add(Diagnostic.Error(file, "'WorkflowName' is required."));
        }
        if (workflow.Rules is not { Length: > 0 })
        {
            problems.Add(Diagnostic.Error(file, "'Rules' must list at least one rule."));
            yield break;
        }
        for (var i = 0; i < workflow.Rules.Length; i++)
        {
            var rule = workflow.Rules[i];
            var name = rule?.RuleName;
            var errors = new List<string>();
            var criterion = rule is null ? null : Compile(file, workflow.WorkflowName ?? "", rule, errors);
            var label = string.IsNullOrWhiteSpace(name) ? $"#{i + 1}" : name;
            problems.AddRange(errors.Select(e => Diagnostic.Error(file, $"rule '{label}': {e}")));
            if (rule is null)
            {
                problems.Add(Diagnostic.Error(file, $"rule '{label}' is null."));
            }
            if (criterion is not null && errors.Count == 0 && rule!.Enabled != false)
            {
                yield return criterion;
            }
        }
    }

    private Criterion? Compile(string file, string workflow, RuleDocument rule, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(rule.RuleName) || !IdPattern().IsMatch(rule.RuleName))
        {
            errors.Add("'RuleName' must be a criterion id such as EF-07 or HO-C2.");
        }
        if (rule.RuleExpressionType is not null and not "LambdaExpression")
        {
            errors.Add($"'RuleExpressionType' must be 'LambdaExpression'; found '{rule.RuleExpressionType}'.");
        }
        if (string.IsNullOrWhiteSpace(rule.Expression))
        {
            errors.Add("'Expression' is required.");
        }
        var p = rule.Properties;
        if (p is null)
        {
            errors.Add("'Properties' is required (title, explanation, remediation, question, dimension, weight, ...).");
            return null;
        }
        var metadata = CriterionMetadata.Check(p, papers, errors);
        var reads = new HashSet<string>(StringComparer.Ordinal);
        var requires = (p.Requires ?? []).Select(r => Requirement(r, errors, reads)).ToArray();
        reads.UnionWith(requires.OfType<RequiredField>().Select(r => r.Path).Where(path => !path.StartsWith("facts.", StringComparison.Ordinal)));
        var holds = Lambda<bool>("Expression", rule.Expression, errors, reads);
        var applies = p.AppliesWhen is null ? null : Lambda<bool>("appliesWhen", p.AppliesWhen, errors, reads);
        var label = p.Label is null ? null : Lambda<string>("label", p.Label, errors, reads);
        var detail = p.Detail is null ? null : Lambda<string>("detail", p.Detail, errors, reads);
        if (errors.Count > 0 || holds is null)
        {
            return null;
        }
        return metadata with
        {
            Id = rule.RuleName!,
            Workflow = workflow,
            File = file,
            Expression = rule.Expression!,
            AppliesWhen = p.AppliesWhen,
            LabelExpression = p.Label,
            DetailExpression = p.Detail,
            Requires = requires!,
            Reads = [.. reads.Order(StringComparer.Ordinal)],
            Holds = holds,
            Applies = applies,
            Label = label,
            Detail = detail,
        };
    }

    private Func<Proposal, ProposalFacts, T>? Lambda<T>(string what, string? text, List<string> errors, ISet<string> reads)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // The same text is often written for several criteria (an applicability test, a label): parsed, checked and
        // compiled once, and then shared, which is also what a batch pays to compile.
        var key = (text, typeof(T));
        if (!_parsed.TryGetValue(key, out var parsed))
        {
            if (Parse<T>(what, text, errors) is not { } rule)
            {
                return null;
            }
            _parsed[key] = parsed = rule;
        }
        FieldReads.Collect(parsed.Body, reads);
        return ((TieredRule<T>)parsed.Rule).AsDelegate();
    }

    private readonly Dictionary<(string Text, Type Result), (Expression Body, object Rule)> _parsed = [];

    /// <summary>The checked expression and its <see cref="TieredRule{T}"/>; null with a reason added to <paramref name="errors"/>.</summary>
    private (Expression Body, object Rule)? Parse<T>(string what, string text, List<string> errors)
    {
        if (text.Length > MaxExpressionLength || NestingDepth(text) > MaxNesting)
        {
            // The expression parser recurses per bracket; bounding the text first keeps a hostile pack a load error.
            errors.Add($"'{what}' is longer than {MaxExpressionLength} characters or nests brackets deeper than {MaxNesting}; split the criterion.");
            return null;
        }
        Expression body;
        try
        {
            var parsed = _parser.Parse(text, [ProposalParameter, FactsParameter], typeof(T));
            body = parsed is LambdaExpression lambda ? lambda.Body : parsed;
        }
        catch (Exception e) when (e is System.Linq.Dynamic.Core.Exceptions.ParseException or InvalidOperationException or ArgumentException)
        {
            errors.Add($"'{what}' does not compile: {e.Message}");
            return null;
        }
        var violations = ExpressionGuard.Check(body);
        if (violations.Count > 0)
        {
            errors.Add($"'{what}' uses {string.Join(", ", violations)}, outside the allowed members (proposal, facts, text, numbers, Math, LINQ queries).");
            return null;
        }
        var checkedBody = body;
        if (body.Type != typeof(T))
        {
            body = Expression.Convert(body, typeof(T));
        }
        if (countSteps)
        {
            body = StepCounting.Instrument(body);
        }
        var rule = new TieredRule<T>(Expression.Lambda<Func<Proposal, ProposalFacts, T>>(body, ProposalParameter, FactsParameter));
        return (checkedBody, rule);
    }

    /// <summary>The longest shipped expression is about 700 characters, and none nests brackets more than 3 deep.</summary>
    public const int MaxExpressionLength = 4000;

    public const int MaxNesting = 32;

    private static int NestingDepth(string text)
    {
        int depth = 0, deepest = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    private RequiredField? Requirement(RequirementDocument requirement, List<string> errors, ISet<string> reads)
    {
        var field = RequiredField.Parse(requirement.Field, out var error);
        if (field is null)
        {
            errors.Add($"'requires': {error}.");
            return null;
        }
        return requirement.When is null ? field : field.OnlyWhen(Lambda<bool>("requires.when", requirement.When, errors, reads), requirement.When);
    }

    [GeneratedRegex("^[A-Z]+-[A-Z]?[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
