using System.Linq.Expressions;
using System.Text.Json;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Analyzer.Tests.Rules;

/// <summary>
/// No rule decides by searching free text: every expression of the shipped pack is parsed as the loader parses it and
/// walked for substring calls on strings. Membership in a list (<c>Levels.Contains("national")</c>) is a call on
/// <see cref="Enumerable"/> over an array of values and is allowed; <c>i.Contains("monitor")</c> on a string is not.
/// </summary>
public sealed class RuleExpressionTests
{
    private static readonly ParameterExpression ProposalParameter = Expression.Parameter(typeof(Proposal), "proposal");
    private static readonly ParameterExpression FactsParameter = Expression.Parameter(typeof(ProposalFacts), "facts");
    private static readonly RuleExpressionParser Parser = new(new ReSettings { AutoRegisterInputType = false });

    private static readonly HashSet<string> SubstringMethods =
        ["Contains", "StartsWith", "EndsWith", "IndexOf", "IndexOfAny", "LastIndexOf", "LastIndexOfAny", "Substring"];

    [Fact]
    public void Parse_ShippedRules_NoSubstringSearchOnText()
    {
        var searches = ShippedExpressions()
            .SelectMany(e => SubstringSearches(Parse(e.Text, e.Returns)).Select(s => $"{e.Where}: {s}"))
            .ToList();

        Assert.True(searches.Count == 0, string.Join("\n", searches));
    }

    [Fact]
    public void Parse_ShippedRules_MechanismsComparedOnlyWithVocabularyValues()
    {
        var values = ComparedValues("Implementation", "Enforcement");

        Assert.Contains(values, v => v.Value == "peer-review");
        Assert.Contains(values, v => v.Value == "monitoring");
        Assert.All(values, v => Assert.True(Vocabulary.Mechanisms.Contains(v.Value), $"{v.Where}: '{v.Value}' is not in Vocabulary.Mechanisms"));
    }

    [Fact]
    public void Parse_ShippedRules_FlexibilityComparedOnlyWithRevisionVocabulary()
    {
        var values = ComparedValues("Flexibility");

        Assert.Contains(values, v => v.Value == "periodic-review");
        Assert.All(values, v => Assert.True(Vocabulary.RevisionMechanisms.Contains(v.Value) || v.Value == "none",
            $"{v.Where}: '{v.Value}' is not in Vocabulary.RevisionMechanisms"));
    }

    [Theory]
    [InlineData("proposal.Cooperation.Implementation.Any(i => i.Contains(\"monitor\"))", "String.Contains")]
    [InlineData("proposal.Title.StartsWith(\"Global\")", "String.StartsWith")]
    [InlineData("proposal.Summary.IndexOf(\"audit\") >= 0", "String.IndexOf")]
    [InlineData("proposal.Summary.Contains('x')", "String.Contains")]
    [InlineData("proposal.Title.Any(c => c == 'x')", "Enumerable.Any over a string")]
    public void SubstringSearches_SearchInText_IsFound(string expression, string expected)
    {
        Assert.Contains(expected, SubstringSearches(Parse(expression, typeof(bool))));
    }

    [Theory]
    [InlineData("proposal.Cooperation.Implementation.Contains(\"monitoring\")")]
    [InlineData("proposal.Cooperation.Implementation.Any(i => i == \"peer-review\")")]
    [InlineData("proposal.Modalities != null && proposal.Modalities.Contains(\"standard\")")]
    public void SubstringSearches_ListMembership_IsNotASearch(string expression)
    {
        Assert.Empty(SubstringSearches(Parse(expression, typeof(bool))));
    }

    [Fact]
    public void Parse_ShippedRules_SameTreesAsRulesEngine()
    {
        // The loader parses with its own RuleParser (RulesEngine's configuration without its start-up scan).
        var ours = new RuleParser();
        foreach (var (where, text, returns) in ShippedExpressions())
        {
            var theirs = Parse(text, returns);
            var mine = ours.Parse(text, [ProposalParameter, FactsParameter], returns);
            Assert.True(theirs.ToString() == (mine is LambdaExpression l ? l.Body : mine).ToString(), where);
        }
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"x\")")]
    [InlineData("proposal.GetType().Assembly != null")]
    [InlineData("nosuchname == 1")]
    [InlineData("proposal.Id ==")]
    [InlineData("Enumerable.Range(0, 3).Any()")]
    [InlineData("ExpressionUtils.CheckContains(\"a\", \"a,b\")")]
    [InlineData("np(proposal.Instrument.Kind) == \"law\"")]
    public void Parse_OtherExpressions_SameTreeOrSameErrorAsRulesEngine(string text)
    {
        static string Outcome(Func<Expression> parse)
        {
            try
            {
                var parsed = parse();
                return (parsed is LambdaExpression l ? l.Body : parsed).ToString();
            }
            catch (Exception e)
            {
                return $"{e.GetType().Name}: {e.Message}";
            }
        }

        var theirs = Outcome(() => Parser.Parse(text, [ProposalParameter, FactsParameter], typeof(bool)));
        var mine = Outcome(() => new RuleParser().Parse(text, [ProposalParameter, FactsParameter], typeof(bool)));

        Assert.Equal(theirs, mine);
    }

    [Fact]
    public void RuleTypes_SameAsRulesEngineProviderFindsInThisProcess()
    {
        // RulesEngine's provider scans every loaded assembly for [DynamicLinqType]; ours names its result directly.
        var theirs = new RulesEngine.CustomTypeProvider(null).GetCustomTypes();

        Assert.True(theirs.SetEquals(RuleTypes.Types), string.Join(", ", theirs.Select(t => t.FullName)));
    }

    private static Expression Parse(string text, Type returns)
    {
        var parsed = Parser.Parse(text, [ProposalParameter, FactsParameter], returns);
        return parsed is LambdaExpression lambda ? lambda.Body : parsed;
    }

    private static List<string> SubstringSearches(Expression expression)
    {
        var found = new List<string>();
        foreach (var call in Calls(expression))
        {
            var method = call.Method;
            if (method.DeclaringType == typeof(string) && SubstringMethods.Contains(method.Name))
            {
                found.Add($"String.{method.Name}");
            }
            else if (method.DeclaringType == typeof(Enumerable) && call.Arguments.Count > 0 && call.Arguments[0].Type == typeof(string))
            {
                found.Add($"Enumerable.{method.Name} over a string");
            }
        }
        return found;
    }

    private static List<(string Where, string Value)> ComparedValues(params string[] lists) =>
        ShippedExpressions().SelectMany(e => ComparedValues(Parse(e.Text, e.Returns), lists).Select(v => (e.Where, v))).ToList();

    /// <summary>The text values that an expression compares the entries of the named proposal lists with.</summary>
    private static IEnumerable<string> ComparedValues(Expression expression, string[] lists)
    {
        foreach (var call in Calls(expression).Where(c => c.Method.DeclaringType == typeof(Enumerable) && c.Arguments.Count == 2))
        {
            if (call.Arguments[0] is not MemberExpression member || !lists.Contains(member.Member.Name))
            {
                continue;
            }
            if (call.Arguments[1] is ConstantExpression { Value: string value })
            {
                yield return value;
            }
            else if (call.Arguments[1] is LambdaExpression lambda)
            {
                var item = lambda.Parameters[0];
                foreach (var compared in Nodes(lambda.Body).OfType<BinaryExpression>()
                    .Where(b => b.NodeType is ExpressionType.Equal or ExpressionType.NotEqual))
                {
                    var other = compared.Left == item ? compared.Right : compared.Right == item ? compared.Left : null;
                    if (other is ConstantExpression { Value: string text })
                    {
                        yield return text;
                    }
                }
            }
        }
    }

    private static IEnumerable<MethodCallExpression> Calls(Expression expression) => Nodes(expression).OfType<MethodCallExpression>();

    private static List<Expression> Nodes(Expression expression)
    {
        var collector = new NodeCollector();
        collector.Visit(expression);
        return collector.Nodes;
    }

    /// <summary>Every expression text of every shipped rule: the test, appliesWhen, label, detail and conditional requires.</summary>
    private static IEnumerable<(string Where, string Text, Type Returns)> ShippedExpressions()
    {
        var files = Directory.GetFiles(Repo.Rules, "*.json")
            .Where(f => Path.GetFileName(f) is not RulePackLoader.PackFile and not RulePackLoader.PapersFile)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var workflow = JsonSerializer.Deserialize<WorkflowDocument>(File.ReadAllBytes(file))!; // the shipped pack loads
            foreach (var rule in workflow.Rules!)
            {
                var where = $"{Path.GetFileName(file)} {rule!.RuleName}";
                var p = rule.Properties!;
                yield return ($"{where} Expression", rule.Expression!, typeof(bool));
                if (p.AppliesWhen is { } applies)
                {
                    yield return ($"{where} appliesWhen", applies, typeof(bool));
                }
                if (p.Label is { } label)
                {
                    yield return ($"{where} label", label, typeof(string));
                }
                if (p.Detail is { } detail)
                {
                    yield return ($"{where} detail", detail, typeof(string));
                }
                foreach (var when in (p.Requires ?? []).Select(r => r.When).OfType<string>())
                {
                    yield return ($"{where} requires.when", when, typeof(bool));
                }
            }
        }
    }

    private sealed class NodeCollector : ExpressionVisitor
    {
        public List<Expression> Nodes { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                Nodes.Add(node);
            }
            return base.Visit(node);
        }
    }
}
