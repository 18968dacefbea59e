using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Analyzer.Core.Rules;

/// <summary>
/// Rewrites a checked rule expression so that it counts its steps against <see cref="StepBudget"/>: each lambda body
/// (the argument of Any, Select, SelectMany, ...) starts with one step, and each list or text it reads from the model
/// charges its items and characters. Together they bound the work: every item and character a query handles comes
/// from something read, and a nested query pays for each pass over the inner list. A read that only tests for null or
/// takes a length is not charged, since it touches no item. Counting happens at these points only, not at every node.
/// </summary>
internal sealed class StepCounting : ExpressionVisitor
{
    private static readonly MethodInfo StepMethod = Method(nameof(StepBudget.Step));
    private static readonly MethodInfo ReadMethod = Method(nameof(StepBudget.Read));
    private static readonly MethodInfo ReadTextMethod = Method(nameof(StepBudget.ReadText));

    private StepCounting()
    {
    }

    /// <summary>The expression with its steps counted; run after <see cref="ExpressionGuard"/>, which never sees the counting calls.</summary>
    public static Expression Instrument(Expression body) => new StepCounting().Visit(body);

    protected override Expression VisitLambda<T>(Expression<T> node) =>
        node.Update(Expression.Block(Expression.Call(StepMethod), Visit(node.Body)), node.Parameters);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member.Name is "Length" or "Count" && node.Expression is not null)
        {
            return node.Update(Uncharged(node.Expression));
        }
        return Charged(base.VisitMember(node));
    }

    /// <summary>The challenges map's indexer returns a stated text: it is charged like a field.</summary>
    protected override Expression VisitMethodCall(MethodCallExpression node) =>
        node.Method.Name == "get_Item" ? Charged(base.VisitMethodCall(node)) : base.VisitMethodCall(node);

    protected override Expression VisitIndex(IndexExpression node) => Charged(base.VisitIndex(node));

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual && (IsNull(node.Left) || IsNull(node.Right)))
        {
            return node.Update(Uncharged(node.Left), VisitAndConvert(node.Conversion, nameof(VisitBinary)), Uncharged(node.Right));
        }
        return base.VisitBinary(node);
    }

    private static Expression Charged(Expression read) =>
        read.Type == typeof(string) ? Expression.Call(ReadTextMethod, read)
        : read.Type.IsClass && typeof(ICollection).IsAssignableFrom(read.Type) ? Expression.Call(ReadMethod.MakeGenericMethod(read.Type), read)
        : read;

    /// <summary>The read itself goes uncharged (a null test, a length); what it is read from is counted as usual.</summary>
    private Expression Uncharged(Expression node) => node switch
    {
        MemberExpression m => m.Update(m.Expression is null ? null : Visit(m.Expression)),
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } u => u.Update(Uncharged(u.Operand)),
        _ => Visit(node),
    };

    private static bool IsNull(Expression node) =>
        node is ConstantExpression { Value: null } || node is UnaryExpression { NodeType: ExpressionType.Convert, Operand: ConstantExpression { Value: null } };

    private static MethodInfo Method(string name) => typeof(StepBudget).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;
}
