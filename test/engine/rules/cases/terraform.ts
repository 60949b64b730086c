// Realistic multi-line cases for the Terraform (HCL) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const TERRAFORM_CASES: Record<string, RuleCases> = {};
