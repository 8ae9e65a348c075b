using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace JumioGen;

/// <summary>
/// How JumioGen builds a generated client without reflection: the generator registers a factory for each
/// <c>[JumioApi]</c> interface from a module initializer. Called by generated code; not meant for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JumioClientRegistry
{
    /// <summary>Registers the generated implementation of a server-mode <typeparamref name="TClient"/>.</summary>
    public static void Register<TClient>(Region region, Func<JumioConnection, TClient> factory)
        where TClient : class => Register(region, JumioClientMode.Server, factory);

    /// <summary>Registers the generated implementation of <typeparamref name="TClient"/>.</summary>
    public static void Register<TClient>(Region region, JumioClientMode mode, Func<JumioConnection, TClient> factory)
        where TClient : class
    {
        Holder<TClient>.Value = new JumioClientRegistration<TClient>(region, mode, factory ?? throw new ArgumentNullException(nameof(factory)));
    }

    internal static JumioClientRegistration<TClient> Get<TClient>(JumioClientMode mode)
        where TClient : class
    {
        var registration = Get<TClient>();
        if (registration.Mode != mode)
        {
            throw new InvalidOperationException(registration.Mode == JumioClientMode.Device
                ? $"{typeof(TClient).Name} is a device client (Mode = JumioClientMode.Device): it holds no client secret. Register it with AddJumioDeviceClient / JumioClient.CreateDevice."
                : $"{typeof(TClient).Name} is a server client: register it with AddJumioClient / JumioClient.Create, or declare it with Mode = JumioClientMode.Device for an app on end-user devices.");
        }

        return registration;
    }

    internal static JumioClientRegistration<TClient> Get<TClient>()
        where TClient : class
    {
        if (Holder<TClient>.Value is { } registration)
        {
            return registration;
        }

        // The module initializer of the interface's assembly may not have run yet if nothing in it was touched.
        RuntimeHelpers.RunModuleConstructor(typeof(TClient).Module.ModuleHandle);
        return Holder<TClient>.Value ?? throw new InvalidOperationException(
            $"{typeof(TClient).FullName} is not a JumioGen client. Declare it as `[JumioApi(Region.EU)] public partial interface {typeof(TClient).Name};` " +
            "in a project that references the JumioGen package (which runs the generator).");
    }

    private static class Holder<TClient>
        where TClient : class
    {
        public static JumioClientRegistration<TClient>? Value;
    }
}

/// <summary>A generated client's default region and factory.</summary>
internal sealed record JumioClientRegistration<TClient>(Region Region, JumioClientMode Mode, Func<JumioConnection, TClient> Create)
    where TClient : class;
