using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Analyzer.Core.Rules;

/// <summary>
/// Rewrites a checked rule expression so that it counts its steps against <see cref="StepBudget"/>: each lambda body
/// (the argument of Any, Select, SelectMany, ...) starts with one step, and each list it reads charges its length.
/// The two together bound the work: every item a query handles comes from a list that was read, and every call of a
/// lambda is counted, so a nested query pays for each pass over the inner list. Counting happens at these points
/// only, not at every node, so a rule costs a few more calls, not a few times as much.
/// </summary>
internal sealed class StepCounting : ExpressionVisitor
{
    private static readonly MethodInfo StepMethod =
        typeof(StepBudget).GetMethod(nameof(StepBudget.Step), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ReadMethod =
        typeof(StepBudget).GetMethod(nameof(StepBudget.Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    private StepCounting()
    {
    }

    /// <summary>The expression with its steps counted; run after <see cref="ExpressionGuard"/>, which never sees the counting calls.</summary>
    public static Expression Instrument(Expression body) => new StepCounting().Visit(body);

    protected override Expression VisitLambda<T>(Expression<T> node) =>
        node.Update(Expression.Block(Expression.Call(StepMethod), Visit(node.Body)), node.Parameters);

    protected override Expression VisitMember(MemberExpression node)
    {
        var visited = base.VisitMember(node);
        return node.Type.IsClass && typeof(ICollection).IsAssignableFrom(node.Type)
            ? Expression.Call(ReadMethod.MakeGenericMethod(node.Type), visited)
            : visited;
    }
}
