// Terraform (HCL).
import type { RuleSpec } from '../types';

export const TERRAFORM_RULES: RuleSpec[] = [];
