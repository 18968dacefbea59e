using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// One step of a compiled edit of the proposal model. An edit copies only the records on its path and shares the
/// rest with the proposal it starts from, so a variant costs a few small copies, never a new reading of YAML. The
/// model's records are immutable once built (nothing downstream writes to them), which is what makes sharing safe.
/// </summary>
internal abstract record EditStep;

/// <summary>Into a field of a record: the record is copied (or created, when the field's parent is not stated) and the field set.</summary>
internal sealed record FieldStep(RecordAccess Record, Func<object, object?> Get, Action<object, object?> Set) : EditStep
{
    private static readonly ConcurrentDictionary<PropertyInfo, FieldStep> Compiled = new();

    public static FieldStep For(PropertyInfo property) => Compiled.GetOrAdd(property, p =>
    {
        var owner = p.DeclaringType!;
        var record = Expression.Parameter(typeof(object), "record");
        var value = Expression.Parameter(typeof(object), "value");
        var field = Expression.Property(Expression.Convert(record, owner), p);
        // Init-only setters are ordinary setters at run time; only the compiler refuses to call them after construction.
        var get = Expression.Lambda<Func<object, object?>>(Expression.Convert(field, typeof(object)), record).Compile();
        var set = Expression.Lambda<Action<object, object?>>(Expression.Assign(field, Expression.Convert(value, p.PropertyType)), record, value).Compile();
        return new FieldStep(RecordAccess.For(owner), get, set);
    });
}

/// <summary>Into some items of a list of records (positions resolved on the base proposal): the list is copied.</summary>
internal sealed record ItemsStep(int[] Indices) : EditStep;

/// <summary>Into one key of a mapping of text (a challenge's answer): the mapping is copied; null removes the key.</summary>
internal sealed record MapKeyStep(string Key) : EditStep;

/// <summary>How to copy and create one record type of the model, compiled once.</summary>
internal sealed class RecordAccess
{
    private static readonly ConcurrentDictionary<Type, RecordAccess> Compiled = new();

    private RecordAccess(Func<object, object> copy, Func<object> create) => (Copy, Create) = (copy, create);

    /// <summary>A shallow copy, as <c>with</c> makes one.</summary>
    public Func<object, object> Copy { get; }

    /// <summary>An empty record: every field not stated.</summary>
    public Func<object> Create { get; }

    public static RecordAccess For(Type type) => Compiled.GetOrAdd(type, t =>
    {
        // Every record of the model is a C# record: its compiler-made copy method is what 'with' calls.
        var clone = t.GetMethod("<Clone>$") ?? throw new InvalidOperationException($"{t.Name} is not a record; a sweep can only copy records.");
        var record = Expression.Parameter(typeof(object), "record");
        var copy = Expression.Lambda<Func<object, object>>(Expression.Call(Expression.Convert(record, t), clone), record).Compile();
        var create = Expression.Lambda<Func<object>>(Expression.New(t)).Compile();
        return new RecordAccess(copy, create);
    });
}

/// <summary>A path of steps applied to a proposal: every edit of one dimension shares it, with its own value.</summary>
internal sealed class ModelEdit(IReadOnlyList<EditStep> steps)
{
    /// <summary>Sets <paramref name="value"/> at the path, copying what lies on it; <paramref name="root"/> is untouched.</summary>
    public object Apply(object root, object? value) => Apply(root, 0, value, null)!;

    /// <summary>
    /// The same, for one variant built by several edits in turn: a record or list already copied for this variant
    /// (listed in <paramref name="copies"/>) is written in place rather than copied again, so a variant costs one
    /// copy of each record its dimensions reach, however many dimensions reach it.
    /// </summary>
    public object Apply(object root, object? value, VariantCopies copies) => Apply(root, 0, value, copies)!;

    private object? Apply(object? node, int index, object? value, VariantCopies? copies)
    {
        if (index == steps.Count)
        {
            return value;
        }
        switch (steps[index])
        {
            case FieldStep field:
                var record = node ?? field.Record.Create();
                var target = node is not null && copies?.Owns(node) == true ? node : Keep(copies, field.Record.Copy(record));
                field.Set(target, Apply(field.Get(record), index + 1, value, copies));
                return target;
            case ItemsStep items:
                var list = (Array)node!; // positions were resolved on the base, and no other dimension replaces the list
                var copied = copies?.Owns(list) == true ? list : Keep(copies, (Array)list.Clone());
                foreach (var i in items.Indices)
                {
                    copied.SetValue(Apply(list.GetValue(i), index + 1, value, copies), i);
                }
                return copied;
            case MapKeyStep key:
                var map = node is Dictionary<string, string> old
                    ? new Dictionary<string, string>(old, StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                if (value is string answer)
                {
                    map[key.Key] = answer;
                }
                else
                {
                    map.Remove(key.Key); // as the reader does with a key that has no answer
                }
                return map;
            default:
                throw new InvalidOperationException($"unknown edit step {steps[index]}");
        }
    }

    /// <summary>A fresh copy, noted as the variant's own; without a variant under construction, simply the copy.</summary>
    private static T Keep<T>(VariantCopies? copies, T copy)
        where T : class => copies is null ? copy : copies.Add(copy);
}

/// <summary>The records and lists copied so far for the variant being built: the only ones an edit may write in place.</summary>
internal sealed class VariantCopies
{
    private readonly List<object> _copies = [];

    public bool Owns(object node)
    {
        foreach (var copy in _copies)
        {
            if (ReferenceEquals(copy, node))
            {
                return true;
            }
        }
        return false;
    }

    public T Add<T>(T copy)
        where T : class
    {
        _copies.Add(copy);
        return copy;
    }
}
