import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class AreaCodeParam {
  @ApiProperty({ description: 'GSO code: 2 digits for a province, 5 for a commune', example: '01' })
  @Matches(/^(\d{2}|\d{5})$/, {
    message: 'code must be a 2-digit province or 5-digit commune code',
  })
  code!: string;
}
