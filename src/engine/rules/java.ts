// Java and the JVM languages (Kotlin, Groovy, Scala).
import type { RuleSpec } from '../types';

export const JAVA_RULES: RuleSpec[] = [];
