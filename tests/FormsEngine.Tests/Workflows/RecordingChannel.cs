using System.Collections.Concurrent;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Tests.Workflows;

/// <summary>A notification adapter that records what it is asked to send; it can be told to fail the first sends.</summary>
internal sealed class RecordingChannel(string name) : INotificationChannel
{
    private int _failuresLeft;

    public string Name { get; } = name;

    public ConcurrentQueue<NotificationMessage> Sent { get; } = new();

    public void FailNext(int count) => _failuresLeft = count;

    public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("gateway unavailable");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
