package live.studio.compose;

public enum MuteState { LIVE, MUTED }
