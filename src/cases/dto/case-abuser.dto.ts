/** The persons who abused the children of a case, as the statistics count them. */
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SEXES, type Sex } from '../../children/entities/child.entity.js';
import { codeList, PERSON } from '../../common/openapi.js';
import { Text } from '../../common/text.js';
import { ABUSER_AGES, type AbuserAge, type CaseAbuser } from '../entities/case-abuser.entity.js';

export class CreateCaseAbuserDto {
  @ApiProperty({
    example: 'step_parent',
    ...codeList('abuser-relationships', 'Their relationship to the child'),
  })
  @Text(40)
  relationship!: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({
    enum: ABUSER_AGES,
    description: 'minor: under 18; adult: 18 or over; unknown: not known',
  })
  @IsIn(ABUSER_AGES)
  age!: AbuserAge;
}

export class CaseAbuserDto {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty(codeList('abuser-relationships')) relationship!: string;
  @ApiProperty({ description: 'The relationship’s name, in Vietnamese' })
  relationshipName!: string;
  @ApiProperty({ enum: SEXES }) sex!: Sex;
  @ApiProperty({ enum: ABUSER_AGES }) age!: AbuserAge;
  @ApiProperty({ ...PERSON, description: 'Who recorded it' }) recordedBy!: {
    id: string | null;
    fullName: string | null;
  };
  @ApiProperty() recordedAt!: string;

  static from(abuser: CaseAbuser, relationshipName: string): CaseAbuserDto {
    return {
      id: abuser.id,
      caseId: abuser.caseId,
      relationship: abuser.relationship,
      relationshipName,
      sex: abuser.sex,
      age: abuser.age,
      recordedBy: { id: abuser.createdBy, fullName: abuser.createdByName },
      recordedAt: abuser.createdAt.toISOString(),
    };
  }
}
