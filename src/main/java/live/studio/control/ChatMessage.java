package live.studio.control;

/**
 * A viewer's chat message as the API shows it.
 *
 * @param id          increasing number given by the chat feed, for {@code ?after=}
 * @param epochMillis when it arrived
 * @param platform    twitch, youtube, irc, ...
 * @param author      display name, already cleaned ({@code SafeText})
 * @param text        the message, already cleaned
 */
public record ChatMessage(long id, long epochMillis, String platform, String author, String text) {
}
