package com.partnerbenefits.domain.incident;

/** A: critical business impact; B: moderate; C: minimal. */
public enum Severity { A, B, C }
