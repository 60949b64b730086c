// Realistic multi-line cases for the Terraform (HCL) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

const BASTION = `resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = aws_vpc.main.id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const DATABASE = `resource "aws_db_instance" "main" {
  identifier          = "app-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  publicly_accessible = true
  storage_encrypted   = false
  skip_final_snapshot = true
}
`;

export const TERRAFORM_CASES: Record<string, RuleCases> = {
  'tf.open-ingress': {
    invalid: [{ code: BASTION, findings: [{ line: 5, column: 3 }] }],
    valid: [BASTION.replace('"0.0.0.0/0"]\n  }\n\n  egress', '"10.0.0.0/16"]\n  }\n\n  egress')],
  },
  'tf.publicly-accessible-database': {
    invalid: [{ code: DATABASE, findings: [{ line: 5, column: 3 }] }],
    valid: [DATABASE.replace('publicly_accessible = true', 'publicly_accessible = false')],
  },
  'tf.encryption-disabled': {
    invalid: [{ code: DATABASE, findings: [{ line: 6, column: 3 }] }],
    valid: [DATABASE.replace('storage_encrypted   = false', 'storage_encrypted   = true')],
  },
  'tf.iam-wildcard-action': {
    invalid: [
      {
        code: 'resource "aws_iam_role_policy" "ci" {\n  role = aws_iam_role.ci.id\n  policy = <<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": ["*"],\n      "Resource": "*"\n    }\n  ]\n}\nEOF\n}\n',
        findings: [{ line: 8, column: 7 }],
      },
    ],
    valid: ['resource "aws_iam_role_policy" "ci" {\n  policy = jsonencode({\n    Statement = [{\n      Effect   = "Deny"\n      Action   = "*"\n      Resource = "*"\n    }]\n  })\n}\n'],
  },
};
