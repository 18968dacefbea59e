using System.Collections;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using RulesEngine.HelperFunctions;

namespace Analyzer.Core.Rules;

/// <summary>
/// Parses a rule expression as RulesEngine's <c>RuleExpressionParser.Parse</c> does (its System.Linq.Dynamic.Core
/// parser, case-insensitive, with RulesEngine's extra types), so a pack reads the same here as in RulesEngine. One
/// difference: RulesEngine's type provider first scans every type of every loaded assembly for
/// <c>[DynamicLinqType]</c>, a fifth of the time a single <c>assess</c> takes. No assembly the analyzer loads marks
/// any, so the provider here names RulesEngine's types directly; a test compares it with RulesEngine's own.
/// </summary>
internal sealed class RuleParser
{
    private readonly ParsingConfig _config = new() { CustomTypeProvider = new RuleTypes(), IsCaseSensitive = false };

    /// <summary>The expression's body over <paramref name="parameters"/>, converted to <paramref name="result"/> where the parser can.</summary>
    public Expression Parse(string text, ParameterExpression[] parameters, Type result) =>
        new ExpressionParser(parameters, text, [], _config).Parse(result, true);
}

/// <summary>RulesEngine's custom types (<c>RulesEngine.CustomTypeProvider</c> with no types of the caller's), without the scan.</summary>
internal sealed class RuleTypes() : DefaultDynamicLinqCustomTypeProvider(ParsingConfig.Default, true)
{
    /// <summary>What RulesEngine adds to the scan's result: its helper functions and LINQ, with their base types and interfaces.</summary>
    public static IReadOnlySet<Type> Types { get; } = new HashSet<Type> { typeof(ExpressionUtils), typeof(Enumerable), typeof(object), typeof(IEnumerable) };

    private readonly HashSet<Type> _types = [.. Types];

    public override HashSet<Type> GetCustomTypes() => _types;
}
