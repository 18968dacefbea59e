using System.Collections.Concurrent;
using System.Reflection;

namespace Analyzer.Core.Rules;

/// <summary>
/// Fast reads of model properties named at run time (the fields of <c>requires</c>): delegates bound to each property's
/// getter. Reflection's GetValue would dominate the cost of evaluating a criterion, and a compiled expression costs a
/// millisecond each to emit and JIT at start-up; binding a getter costs neither. A number or yes/no is only tested for
/// null, so it is never boxed.
/// </summary>
internal static class Getters
{
    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, object?>> References = new();
    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, bool>> NullTests = new();

    /// <summary>Reads a property of reference type (a text, list, map or record) from an instance of its declaring type.</summary>
    public static Func<object, object?> Of(PropertyInfo property) =>
        References.GetOrAdd(property, static p => (Func<object, object?>)Bind(nameof(Reference), p, p.DeclaringType!, p.PropertyType));

    /// <summary>Whether the property is null (for a value type that is not nullable: never).</summary>
    public static Func<object, bool> IsNull(PropertyInfo property) =>
        NullTests.GetOrAdd(property, static p =>
            Nullable.GetUnderlyingType(p.PropertyType) is { } value ? (Func<object, bool>)Bind(nameof(NullableIsNull), p, p.DeclaringType!, value)
            : p.PropertyType.IsValueType ? static _ => false
            : (Func<object, bool>)Bind(nameof(ReferenceIsNull), p, p.DeclaringType!, p.PropertyType));

    private static object Bind(string helper, PropertyInfo property, params Type[] types) =>
        typeof(Getters).GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(types).Invoke(null, [property.GetMethod!])!;

    private static Func<object, object?> Reference<TOwner, TValue>(MethodInfo getter) where TValue : class
    {
        var read = getter.CreateDelegate<Func<TOwner, TValue?>>();
        return target => read((TOwner)target);
    }

    private static Func<object, bool> NullableIsNull<TOwner, TValue>(MethodInfo getter) where TValue : struct
    {
        var read = getter.CreateDelegate<Func<TOwner, TValue?>>();
        return target => !read((TOwner)target).HasValue;
    }

    private static Func<object, bool> ReferenceIsNull<TOwner, TValue>(MethodInfo getter) where TValue : class
    {
        var read = getter.CreateDelegate<Func<TOwner, TValue?>>();
        return target => read((TOwner)target) is null;
    }
}
