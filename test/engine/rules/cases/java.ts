// Realistic multi-line cases for the Java and the JVM languages (Kotlin, Groovy, Scala) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const JAVA_CASES: Record<string, RuleCases> = {};
