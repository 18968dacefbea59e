using System.Linq.Expressions;
using System.Reflection;

namespace Analyzer.Core.Rules;

/// <summary>
/// Rewrites <c>a.Intersect(b).Any()</c> and <c>a.Except(b).Any()</c>, common in the pack, into one call that answers
/// the question without building a hash set of <c>b</c> when <c>b</c> is short (a few ids): the set costs more than
/// the comparisons. The answer, the order in which the two lists are read, and any exception are those of the LINQ
/// the rule wrote; a long <c>b</c> still gets its set, so the work stays linear in what the rule reads (the step limit
/// counts items read, not comparisons). Applied to compiled rules only.
/// </summary>
internal sealed class RuleQueries : ExpressionVisitor
{
    /// <summary>Up to this many items are searched in turn; beyond, hashed as LINQ does.</summary>
    private const int Short = 16;

    private static readonly MethodInfo IntersectAnyMethod = typeof(RuleQueries).GetMethod(nameof(IntersectAny), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ExceptAnyMethod = typeof(RuleQueries).GetMethod(nameof(ExceptAny), BindingFlags.NonPublic | BindingFlags.Static)!;

    private RuleQueries()
    {
    }

    public static Expression<T> Rewrite<T>(Expression<T> rule) => rule.Update(new RuleQueries().Visit(rule.Body), rule.Parameters);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method is { Name: "Any", IsGenericMethod: true } any && any.DeclaringType == typeof(Enumerable) && node.Arguments.Count == 1
            && node.Arguments[0] is MethodCallExpression { Method: { Name: "Intersect" or "Except", IsGenericMethod: true } inner } set
            && inner.DeclaringType == typeof(Enumerable) && set.Arguments.Count == 2)
        {
            var rewritten = (inner.Name == "Intersect" ? IntersectAnyMethod : ExceptAnyMethod).MakeGenericMethod(inner.GetGenericArguments());
            return Expression.Call(rewritten, Visit(set.Arguments[0]), Visit(set.Arguments[1]));
        }
        return base.VisitMethodCall(node);
    }

    /// <summary><c>first.Intersect(second).Any()</c>: some item of <paramref name="first"/> is in <paramref name="second"/>.</summary>
    private static bool IntersectAny<T>(IEnumerable<T> first, IEnumerable<T> second) => Search(first, second, found: true);

    /// <summary><c>first.Except(second).Any()</c>: some item of <paramref name="first"/> is not in <paramref name="second"/>.</summary>
    private static bool ExceptAny<T>(IEnumerable<T> first, IEnumerable<T> second) => Search(first, second, found: false);

    private static bool Search<T>(IEnumerable<T> first, IEnumerable<T> second, bool found)
    {
        // LINQ checks both arguments, then reads all of 'second' into its set, then 'first' up to the answer.
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var items = second as T[] ?? [.. second];
        if (items.Length > Short)
        {
            var set = new HashSet<T>(items);
            foreach (var item in first)
            {
                if (set.Contains(item) == found)
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var item in first)
        {
            if (Array.IndexOf(items, item) >= 0 == found)
            {
                return true;
            }
        }
        return false;
    }
}
