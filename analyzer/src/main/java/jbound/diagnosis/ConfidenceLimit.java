package jbound.diagnosis;

/** Why a verdict's confidence is lower than the margin alone would make it. */
public enum ConfidenceLimit { FEW_OBSERVATIONS, NOT_CORROBORATED, SUSPECTED_CAUSE, UNSEEN_TIME, BLIND_SPOTS }
